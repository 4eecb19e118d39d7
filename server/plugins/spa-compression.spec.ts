import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../spec/helpers/test-app';

const SCRIPT = `console.log(${JSON.stringify('care '.repeat(2000))});`;
// The precompressed copies end differently, so a spec can tell them from on-the-fly compression.
const PRECOMPRESSED = `${SCRIPT}/* precompressed */`;

describe('compressed delivery of the app and the API', () => {
  let t: TestApp;
  let spaDirectory: string;

  beforeAll(async () => {
    spaDirectory = mkdtempSync(join(tmpdir(), 'carecircle-spa-'));
    writeFileSync(join(spaDirectory, 'index.html'), `<!doctype html><html><body><app-root ngCspNonce="CSP_NONCE"></app-root>${'<!-- padding -->'.repeat(100)}</body></html>`);
    // What tools/precompress.mjs leaves beside a hashed bundle.
    writeFileSync(join(spaDirectory, 'main-ABC12345.js'), SCRIPT);
    writeFileSync(join(spaDirectory, 'main-ABC12345.js.br'), brotliCompressSync(PRECOMPRESSED));
    writeFileSync(join(spaDirectory, 'main-ABC12345.js.gz'), gzipSync(PRECOMPRESSED));
    t = await createTestApp({ spaDirectory });
  });

  afterAll(async () => {
    await t.close();
    rmSync(spaDirectory, { recursive: true, force: true });
  });

  it('sends the precompressed brotli file to a browser that accepts it, cached for good', async () => {
    const response = await t.app.inject({ url: '/main-ABC12345.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(response.headers['cache-control'])).toContain('immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(PRECOMPRESSED);
  });

  it('falls back to gzip, and to the plain file for a client that accepts neither', async () => {
    const gzip = await t.app.inject({ url: '/main-ABC12345.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(PRECOMPRESSED);

    const plain = await t.app.inject({ url: '/main-ABC12345.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('compresses index.html on the fly (it carries a fresh nonce) and never lets it be cached', async () => {
    const response = await t.app.inject({ url: '/caseload', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-store');
    const html = brotliDecompressSync(response.rawPayload).toString();
    const nonce = /'nonce-([0-9a-f]+)'/.exec(String(response.headers['content-security-policy']))?.[1];
    expect(html).toContain(`ngCspNonce="${nonce}"`);
  });

  it('compresses API answers above a kilobyte and leaves small ones alone', async () => {
    const small = await t.app.inject({ url: '/api/v1/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();

    const large = await t.app.inject({ url: '/api/v1/no-such-route-' + 'x'.repeat(2000), headers: { 'accept-encoding': 'gzip' } });
    expect(large.headers['content-encoding']).toBe('gzip');
    expect(large.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(gunzipSync(large.rawPayload).toString()).status).toBe(404);
  });
});

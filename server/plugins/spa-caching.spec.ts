import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../spec/helpers/test-app';
import { isContentNamed } from './spa';

describe('how long browsers may keep the app’s files', () => {
  let t: TestApp;
  let spaDirectory: string;

  beforeAll(async () => {
    spaDirectory = mkdtempSync(join(tmpdir(), 'carecircle-spa-'));
    // Long enough to be compressed on the fly.
    writeFileSync(join(spaDirectory, 'index.html'), `<!doctype html><html><body><app-root ngCspNonce="CSP_NONCE"></app-root>${'<!-- padding -->'.repeat(100)}</body></html>`);
    writeFileSync(join(spaDirectory, 'index.html.br'), brotliCompressSync('<!doctype html><app-root ngCspNonce="CSP_NONCE">'));
    writeFileSync(join(spaDirectory, 'chunk-D1OiXYR7.js'), 'export const x = 1;');
    writeFileSync(join(spaDirectory, 'chunk-D1OiXYR7.js.br'), brotliCompressSync('export const x = 1;'));
    writeFileSync(join(spaDirectory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(spaDirectory, 'media'));
    writeFileSync(join(spaDirectory, 'media', 'roboto-latin-400-normal-ABCDEFGH.woff2'), 'font');
    t = await createTestApp({ spaDirectory });
  });

  afterAll(async () => {
    await t.close();
    rmSync(spaDirectory, { recursive: true, force: true });
  });

  it('keeps content-named bundles and fonts for good, compressed or not', async () => {
    for (const encoding of ['br', 'identity']) {
      const chunk = await t.app.inject({ url: '/chunk-D1OiXYR7.js', headers: { 'accept-encoding': encoding } });
      expect(chunk.statusCode).toBe(200);
      expect(chunk.headers['cache-control']).withContext(encoding).toBe('public, max-age=31536000, immutable');
    }
    const font = await t.app.inject({ url: '/media/roboto-latin-400-normal-ABCDEFGH.woff2' });
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser ask again for a file that keeps its name from build to build (the favicon)', async () => {
    const icon = await t.app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers /index.html as the app itself: this request’s nonce written in, never cached', async () => {
    for (const encoding of ['br', 'identity']) {
      const page = await t.app.inject({ url: '/index.html', headers: { 'accept-encoding': encoding } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).withContext(encoding).toBe('no-store');
      const html = page.headers['content-encoding'] === 'br' ? brotliDecompressSync(page.rawPayload).toString() : page.body;
      expect(html).withContext(encoding).not.toContain('CSP_NONCE');
    }
  });

  it('tells content-named files from the rest by name alone', () => {
    expect(isContentNamed('main-VVRU5OY5.js')).toBeTrue();
    expect(isContentNamed('/account-page-HMBCQYPN.css')).toBeTrue();
    expect(isContentNamed('chunk-D1OiXYR7.js.gz')).toBeTrue();
    // The chunk optimiser's hashes are base64url: "-" and "_" are hash characters too.
    for (const chunk of ['chunk-B-GPVDPw.js', 'chunk-_cz2SD6x.js', 'chunk-DKux41-_.js', 'chunk-BXe-e-_T.js.br']) {
      expect(isContentNamed(chunk)).withContext(chunk).toBeTrue();
    }
    expect(isContentNamed('media/roboto-latin-500-normal-X1Y2Z3W4.woff2')).toBeTrue();
    expect(isContentNamed('favicon.ico')).toBeFalse();
    expect(isContentNamed('favicon.svg')).toBeFalse();
    expect(isContentNamed('index.html')).toBeFalse();
  });
});

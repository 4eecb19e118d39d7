import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';

const ANSWER_INDEX = '<!doctype html><html><head><base href="/answer-assets/"></head><body><answer-root ngCspNonce="CSP_NONCE"></answer-root></body></html>';
const SPA_INDEX = '<!doctype html><html><body><app-root ngCspNonce="CSP_NONCE"></app-root></body></html>';

/** A log sink that keeps every line, as an operator's log shipper would. */
class CapturedLog extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.length > 0));
    done();
  }
}

const linkToken = () => randomBytes(32).toString('base64url');

describe('answering page (self-report links)', () => {
  let directory: string;
  let database: TestDatabase;
  let log: CapturedLog;
  let app: FastifyInstance;

  /** The real app serving a stand-in build of both Angular apps, logging at info into `log`. */
  async function startApp(answerDirectory: string): Promise<FastifyInstance> {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SPA_DIRECTORY: join(directory, 'spa'),
      ANSWER_DIRECTORY: answerDirectory,
    });
    const started = await buildApp({ ...config, logStream: log }, database);
    await started.ready();
    return started;
  }

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'carecircle-answer-'));
    mkdirSync(join(directory, 'spa'));
    mkdirSync(join(directory, 'answer'));
    mkdirSync(join(directory, 'answer-not-built'));
    writeFileSync(join(directory, 'spa', 'index.html'), SPA_INDEX);
    writeFileSync(join(directory, 'answer', 'index.html'), ANSWER_INDEX);
    writeFileSync(join(directory, 'answer', 'main-TESTHASH.js'), 'console.log("answer page");');
    // What tools/precompress.mjs leaves beside it.
    writeFileSync(join(directory, 'answer', 'main-TESTHASH.js.br'), brotliCompressSync('console.log("answer page, brotli");'));
    database = await createTestDatabase();
    log = new CapturedLog();
    app = await startApp(join(directory, 'answer'));
  });

  afterAll(async () => {
    await app.close();
    await database.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers /r/<token> with the answering page: no caching, no referrer, strict CSP with this page’s nonce', async () => {
    const token = linkToken();
    const response = await app.inject({ url: `/r/${token}` });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    const nonce = /script-src 'self' 'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.body).toContain(`<answer-root ngCspNonce="${nonce}">`);
    expect(response.body).not.toContain('app-root');
    expect(response.body).not.toContain(token);
    expect(response.cookies).toEqual([]);
  });

  it('answers the bare /r/ the page leaves in the address bar with the same page and headers', async () => {
    const response = await app.inject({ url: '/r/' });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<answer-root');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(String(response.headers['content-security-policy'])).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
  });

  it('serves the page’s own hashed files under /answer-assets/ (precompressed when the browser takes brotli), but not its index.html unprocessed', async () => {
    const script = await app.inject({ url: '/answer-assets/main-TESTHASH.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe('console.log("answer page");');
    expect(String(script.headers['cache-control'])).toContain('immutable');

    const brotli = await app.inject({ url: '/answer-assets/main-TESTHASH.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('console.log("answer page, brotli");');

    const rawIndex = await app.inject({ url: '/answer-assets/index.html' });
    expect(rawIndex.statusCode).toBe(404);
    expect(rawIndex.body).not.toContain('CSP_NONCE');
  });

  it('never lets the SPA’s fallback answer an answering-page address', async () => {
    for (const url of [`/r/${linkToken()}/more`, '/r', '/answer-assets/missing.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode).withContext(url).toBe(404);
      expect(response.body).withContext(url).not.toContain('app-root');
    }
    // …while it still answers the clinicians' deep links.
    const deepLink = await app.inject({ url: '/clients/some/deep/link' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<app-root');
  });

  it('logs link addresses by their route pattern, never the token', async () => {
    const tokens = [linkToken(), linkToken(), linkToken()];
    log.lines.length = 0;

    await app.inject({ url: `/r/${tokens[0]}` });
    await app.inject({ url: `/r/${tokens[1]}/unknown?utm=${tokens[1]}` });
    await app.inject({ url: `/api/public/self-report/${tokens[2]}` });
    await app.inject({ url: '/api/v1/health' });

    const entries = log.lines.map((line) => JSON.parse(line) as { msg: string; req?: { route: string | null } });
    const loggedRoutes = entries.filter((entry) => entry.msg === 'incoming request').map((entry) => entry.req?.route);
    // An ordinary request's route proves the capture sees the request log at all.
    expect(loggedRoutes).toContain('/r/:token');
    expect(loggedRoutes).toContain('/api/v1/health');
    expect(loggedRoutes.length).toBe(4);
    for (const token of tokens) {
      expect(log.lines.join('\n')).not.toContain(token);
    }
  });

  it('answers 503, still not the SPA, when the answering page was not built', async () => {
    const unbuilt = await startApp(join(directory, 'answer-not-built'));
    try {
      const response = await unbuilt.inject({ url: `/r/${linkToken()}` });
      expect(response.statusCode).toBe(503);
      expect(response.body).not.toContain('app-root');
    } finally {
      await unbuilt.close();
    }
  });
});

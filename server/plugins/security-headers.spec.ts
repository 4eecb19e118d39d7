import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../spec/helpers/test-app';

/** Both script-src and style-src, with any nonce they carry. */
function nonceSources(csp: string): { script: string | undefined; style: string | undefined } {
  const nonceOf = (directive: string) => new RegExp(`${directive} [^;]*'nonce-([0-9a-f]+)'`).exec(csp)?.[1];
  return { script: nonceOf('script-src'), style: nonceOf('style-src') };
}

describe('security headers', () => {
  let t: TestApp;
  let spaDirectory: string;

  beforeAll(async () => {
    spaDirectory = mkdtempSync(join(tmpdir(), 'carecircle-spa-'));
    writeFileSync(join(spaDirectory, 'index.html'), '<!doctype html><html><body><app-root ngCspNonce="CSP_NONCE"></app-root></body></html>');
    writeFileSync(join(spaDirectory, 'main-ABC12345.js'), 'console.log("app");');
    t = await createTestApp({ spaDirectory });
  });

  afterAll(async () => {
    await t.close();
    rmSync(spaDirectory, { recursive: true, force: true });
  });

  it('gives each page a fresh nonce, the same in its CSP and in the markup Angular reads', async () => {
    const pages = await Promise.all([t.app.inject({ url: '/' }), t.app.inject({ url: '/clients/some/deep/link' })]);
    const nonces = pages.map((page) => {
      expect(page.statusCode).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      const { script, style } = nonceSources(csp);
      expect(style).toMatch(/^[0-9a-f]{32}$/);
      expect(script).toBe(style);
      expect(page.body).toContain(`ngCspNonce="${style}"`);
      expect(csp).not.toContain("'unsafe-inline'");
      return style;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('sends API answers a policy that allows nothing, and only the headers that govern a JSON answer', async () => {
    for (const url of ['/api/v1/health', '/api/v1/no-such-route', '/api/v1/auth/me']) {
      const response = await t.app.inject({ url });
      expect(response.headers['content-security-policy']).withContext(url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).withContext(url).toBe('DENY');
      expect(response.headers['x-content-type-options']).withContext(url).toBe('nosniff');
      expect(response.headers['referrer-policy']).withContext(url).toBe('no-referrer');
      expect(response.headers['cross-origin-resource-policy']).withContext(url).toBe('same-origin');
      expect(response.headers['cache-control']).withContext(url).toBe('no-store');
      // Specs run as production does, behind TLS.
      expect(response.headers['strict-transport-security']).withContext(url).toBe('max-age=31536000; includeSubDomains');
      // helmet's page headers mean nothing on an answer no page is built from.
      for (const pageOnly of ['x-dns-prefetch-control', 'origin-agent-cluster', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection']) {
        expect(response.headers[pageOnly]).withContext(`${url} ${pageOnly}`).toBeUndefined();
      }
    }
  });

  it('sends a hashed script only the headers that govern a subresource, not the page policies', async () => {
    const script = await t.app.inject({ url: '/main-ABC12345.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(String(script.headers['cache-control'])).toContain('immutable');
    for (const pageOnly of ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'etag', 'last-modified']) {
      expect(script.headers[pageOnly]).withContext(pageOnly).toBeUndefined();
    }

    // An address with no file behind it is a deep link: the page, with its policy.
    const missing = await t.app.inject({ url: '/main-MISSING1.js' });
    expect(String(missing.headers['content-security-policy'])).toContain("default-src 'self'");
    // And a page keeps every header.
    const page = await t.app.inject({ url: '/caseload' });
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('does not pin HTTPS on a plain-HTTP demo (cookies not secure)', async () => {
    const plain = await createTestApp({ secureCookies: false });
    try {
      for (const url of ['/api/v1/health', '/caseload']) {
        const response = await plain.app.inject({ url });
        expect(response.headers['strict-transport-security']).withContext(url).toBeUndefined();
        expect(String(response.headers['content-security-policy'])).withContext(url).not.toContain('upgrade-insecure-requests');
      }
    } finally {
      await plain.close();
    }
  });
});

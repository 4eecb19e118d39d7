import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../spec/helpers/test-app';
import { firstPageOf } from './first-page-preloads';

/** A build as `npm run build` leaves it: the SPA in browser/, the preload list beside it. */
function madeUpBuild(list: unknown): { project: string; spaDirectory: string } {
  const project = mkdtempSync(join(tmpdir(), 'carecircle-build-'));
  const spaDirectory = join(project, 'browser');
  mkdirSync(spaDirectory);
  writeFileSync(join(spaDirectory, 'index.html'), '<!doctype html><html><body><app-root ngCspNonce="CSP_NONCE"></app-root><script src="main-A.js" type="module" nonce="CSP_NONCE"></script></body></html>');
  if (list !== undefined) {
    writeFileSync(join(project, 'first-page-preloads.json'), JSON.stringify(list));
  }
  return { project, spaDirectory };
}

/** The files preloaded; every modulepreload tag must have this exact form, or the spec fails on it. */
function preloadsIn(html: string): string[] {
  const tags = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((tag) => {
    const file = /^<link rel="modulepreload" href="([\w.-]+\.js)">$/.exec(tag)?.[1];
    expect(file).withContext(`an unexpected tag: ${tag}`).toBeDefined();
    return file ?? tag;
  });
}

describe('first pages preload the code their route imports', () => {
  it('knows the first pages by their addresses', () => {
    for (const path of ['/', '/caseload', '/caseload?page=2&flag=decline']) {
      expect(firstPageOf(path)).withContext(path).toBe('caseload');
    }
    for (const path of ['/clients/0193a', '/clients/0193a/', '/clients/0193a/network', '/clients/0193a/measures?x=1', '/clients/0193a/groups']) {
      expect(firstPageOf(path)).withContext(path).toBe('client page');
    }
    for (const path of ['/clients/new', '/clients/import', '/clients/0193a/edit', '/clients/0193a/complete-record', '/team', '/agenda', '/sign-in', '/caseloads']) {
      expect(firstPageOf(path)).withContext(path).toBeNull();
    }
  });

  describe('with a build that lists them', () => {
    let t: TestApp;
    let build: { project: string; spaDirectory: string };

    beforeAll(async () => {
      build = madeUpBuild({
        caseload: ['chunk-CASE1.js', 'chunk-SHARED.js'],
        'client page': ['chunk-CLIENT.js', 'chunk-SHARED.js', '../../etc/passwd', 'x"onload="alert(1).js'],
      });
      t = await createTestApp({ spaDirectory: build.spaDirectory });
    });

    afterAll(async () => {
      await t.close();
      rmSync(build.project, { recursive: true, force: true });
    });

    it('lists the caseload’s files after the main bundle, so they are asked for with it, not after it', async () => {
      const page = await t.app.inject({ url: '/caseload' });
      expect(page.statusCode).toBe(200);
      expect(preloadsIn(page.body)).toEqual(['chunk-CASE1.js', 'chunk-SHARED.js']);
      expect(page.body.indexOf('main-A.js')).toBeLessThan(page.body.indexOf('modulepreload'));
      expect(preloadsIn((await t.app.inject({ url: '/' })).body)).toEqual(['chunk-CASE1.js', 'chunk-SHARED.js']);
    });

    it('lists a client page’s files on any of its tabs, and only plain file names from the list', async () => {
      for (const url of ['/clients/0193a', '/clients/0193a/sessions']) {
        expect(preloadsIn((await t.app.inject({ url })).body)).withContext(url).toEqual(['chunk-CLIENT.js', 'chunk-SHARED.js']);
      }
    });

    it('lists nothing on other pages, which load their code as the router asks for it', async () => {
      for (const url of ['/agenda', '/clients/new', '/team']) {
        expect(preloadsIn((await t.app.inject({ url })).body)).withContext(url).toEqual([]);
      }
    });
  });

  it('serves the app without preloads when the build has no list', async () => {
    const build = madeUpBuild(undefined);
    const t = await createTestApp({ spaDirectory: build.spaDirectory });
    try {
      const page = await t.app.inject({ url: '/caseload' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('main-A.js');
      expect(preloadsIn(page.body)).toEqual([]);
    } finally {
      await t.close();
      rmSync(build.project, { recursive: true, force: true });
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server layout as the README draws it (issue #13): one folder per slice, routes without SQL,
 * writes without HTTP, and no import cycles between folders.
 */
const SERVER = normalize(join(dirname(fileURLToPath(import.meta.url)), '..'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'spec' || entry.name === 'migrations' ? [] : sourceFiles(path);
    }
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(SERVER);
const folderOf = (path: string) => relative(SERVER, path).split(sep)[0]!;
const nameOf = (path: string) => relative(SERVER, path);
/** Relative imports of a file, resolved to the folder under server/ they land in. */
function importedFolders(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)]
    .map((match) => relative(SERVER, normalize(join(dirname(path), match[1]!))))
    .filter((target) => target.includes(sep))
    .map((target) => target.split(sep)[0]!);
}

// Query building and transactions: what routes and main.ts leave to repositories and writes.
const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|transaction)\(|\bsql`/;

describe('server layout', () => {
  it('has no server/routes folder: routes live in their slice', () => {
    expect(existsSync(join(SERVER, 'routes'))).toBeFalse();
  });

  it('keeps SQL and transactions out of route files and main.ts', () => {
    const offenders = files
      .filter((path) => path.endsWith('.routes.ts') || nameOf(path) === 'main.ts')
      .filter((path) => SQL.test(readFileSync(path, 'utf8')))
      .map(nameOf);
    expect(offenders).toEqual([]);
  });

  it('has writes that never see an HTTP request', () => {
    const writes = files.filter((path) => path.endsWith('.writes.ts'));
    expect(writes.length).toBeGreaterThan(5);
    const offenders = writes.filter((path) => /from 'fastify'|FastifyRequest/.test(readFileSync(path, 'utf8'))).map(nameOf);
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const path of files) {
      for (const target of importedFolders(path)) {
        if (target !== folderOf(path)) {
          edges.set(folderOf(path), (edges.get(folderOf(path)) ?? new Set()).add(target));
        }
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && seen.add(next) && reaches(next, to, seen)));
    const cyclic = [...edges].flatMap(([from, targets]) => [...targets].filter((to) => reaches(to, from)).map((to) => `${from} -> ${to}`));
    expect(cyclic).toEqual([]);
  });
});

#!/usr/bin/env node
// `npm start`: build the SPA when its sources changed since the last build, then run the server
// (migrations, demo clinic on an empty database, SPA and API on one port).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT_INDEX = 'dist/carecircle/browser/index.html';

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

const sources = ['src', 'domain', 'public', 'angular.json', 'package-lock.json'].filter((path) => existsSync(path));
const stale = !existsSync(BUILT_INDEX) || Math.max(...sources.map(newestModification)) > statSync(BUILT_INDEX).mtimeMs;
if (stale) {
  console.log('Building the app (production)...');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}
const server = spawnSync('npx', ['tsx', 'server/main.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);

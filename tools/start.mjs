#!/usr/bin/env node
// `npm start`: build the SPA and the answering page when their sources changed since the last build,
// then run the server (migrations, demo clinic on an empty database, both apps and the API on one port).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT_INDEXES = ['dist/carecircle/browser/index.html', 'dist/answer/browser/index.html'];

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

const sources = ['src', 'answer', 'domain', 'public', 'angular.json', 'package-lock.json'].filter((path) => existsSync(path));
const newestSource = Math.max(...sources.map(newestModification));
const stale = BUILT_INDEXES.some((index) => !existsSync(index) || newestSource > statSync(index).mtimeMs);
if (stale) {
  console.log('Building the app (production)...');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}
const server = spawnSync('npx', ['tsx', 'server/main.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * `npm run bench:answer-size`: how much the answering page of a self-report link costs to download
 * (issue 15 aims at 60 kB of JavaScript transferred). Reads the production build in dist/answer
 * (builds it first when missing, or with `-- --build`), takes the files index.html loads at once
 * and any lazy chunk separately, and prints raw, gzip and brotli bytes: brotli at quality 11 is what
 * the server sends (tools/precompress.mjs writes it beside each file). Prints figures; asserts nothing.
 */
const AIM_JS_BROTLI_BYTES = 60 * 1024;
const directory = resolve(process.env['ANSWER_DIRECTORY'] ?? 'dist/answer/browser');

interface FileSize {
  readonly name: string;
  readonly kind: 'js' | 'css' | 'html';
  readonly initial: boolean;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

function build(): void {
  process.stderr.write('bench:answer-size: building the answering page (ng build answer)…\n');
  const result = spawnSync('npx', ['ng', 'build', 'answer'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    throw new Error('ng build answer failed');
  }
}

function sizeOf(name: string, kind: FileSize['kind'], initial: boolean): FileSize {
  const content = readFileSync(join(directory, name));
  return {
    name,
    kind,
    initial,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }).length,
  };
}

/** Files index.html pulls in before anything shows: scripts, module preloads and stylesheets. */
function initialFiles(indexHtml: string): string[] {
  const references = [...indexHtml.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  return [...new Set(references)];
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function main(): void {
  if (process.argv.includes('--build') || !existsSync(join(directory, 'index.html'))) {
    build();
  }
  const indexHtml = readFileSync(join(directory, 'index.html'), 'utf8');
  const initial = new Set(initialFiles(indexHtml));
  const files: FileSize[] = [
    sizeOf('index.html', 'html', true),
    ...readdirSync(directory)
      .filter((name) => /\.(js|css)$/.test(name))
      .sort()
      .map((name) => sizeOf(name, name.endsWith('.css') ? 'css' : 'js', initial.has(name))),
  ];

  const rows = files.map((file) => [file.name, file.initial ? 'initial' : 'lazy', kB(file.raw), kB(file.gzip), kB(file.brotli)]);
  const header = ['file', 'loaded', 'raw', 'gzip', 'brotli'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`Answering page build: ${directory}`);
  console.log(line(header));
  rows.forEach((row) => console.log(line(row)));

  const initialJs = files.filter((file) => file.kind === 'js' && file.initial);
  const total = (key: 'raw' | 'gzip' | 'brotli', of: readonly FileSize[]) => of.reduce((sum, file) => sum + file[key], 0);
  const initialAll = files.filter((file) => file.initial);
  console.log('');
  console.log(`initial JavaScript: ${kB(total('raw', initialJs))} raw, ${kB(total('gzip', initialJs))} gzip, ${kB(total('brotli', initialJs))} brotli`);
  console.log(`initial total (HTML + CSS + JS): ${kB(total('raw', initialAll))} raw, ${kB(total('brotli', initialAll))} brotli`);
  const brotli = total('brotli', initialJs);
  const verdict = brotli <= AIM_JS_BROTLI_BYTES ? 'within' : 'OVER';
  console.log(`aim: ≤ ${kB(AIM_JS_BROTLI_BYTES)} JavaScript transferred (brotli) → ${verdict} the aim by ${kB(Math.abs(AIM_JS_BROTLI_BYTES - brotli))}`);
}

main();

#!/usr/bin/env node
// Fails the build when zod, Material's dialog, Angular forms or the CDK overlay lands in the JavaScript the caseload or a client's
// page loads first (#18: they load on demand, when a form or dialog opens). Prints each first page's
// JavaScript, raw and brotli. Tests itself first on made-up builds, so a check that cannot fail
// fails loudly.
//   node tools/check-first-load-chunks.mjs dist/carecircle     (after ng build --stats-json)
//   node tools/check-first-load-chunks.mjs --self-test
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { checkFirstLoad, ON_DEMAND_ONLY } from './first-load-chunks.mjs';

/** A made-up metafile: main → (lazy) shell → (static) a shared chunk holding `shared` modules. */
function madeUpBuild(shared) {
  const output = (inputs, imports = []) => ({
    bytes: 100,
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 100 }])),
    imports,
  });
  return {
    inputs: {
      'src/main.ts': { imports: [{ path: 'src/app/core/layout/shell/shell.ts', kind: 'dynamic-import' }] },
      'src/app/core/layout/shell/shell.ts': { imports: [{ path: shared[0], kind: 'import-statement' }] },
      [shared[0]]: { imports: shared.slice(1).map((path) => ({ path, kind: 'import-statement' })) },
    },
    outputs: {
      'main.js': output(['src/main.ts'], [{ path: 'shell.js', kind: 'dynamic-import' }, { path: 'lazy.js', kind: 'dynamic-import' }]),
      'shell.js': output(['src/app/core/layout/shell/shell.ts'], [{ path: 'shared.js', kind: 'import-statement' }]),
      'shared.js': output(shared),
      // Loaded on demand: zod here is allowed.
      'lazy.js': output(['src/app/clients/status-change-dialog/status-change-dialog.ts', '../../main/node_modules/zod/v4/core/core.js']),
    },
  };
}

function selfTest() {
  const pages = { caseload: ['src/main.ts', 'src/app/core/layout/shell/shell.ts'] };
  const failures = [];
  const clean = checkFirstLoad(madeUpBuild(['src/app/shared/icon/icon.ts']), pages);
  if (clean.problems.length !== 0) failures.push(`a clean build was refused: ${clean.problems.join('; ')}`);
  const withZod = checkFirstLoad(madeUpBuild(['domain/validation/z.ts', '../../main/node_modules/zod/v4/core/core.js']), pages);
  if (!withZod.problems.some((problem) => problem.includes('zod') && problem.includes('domain/validation/z.ts'))) {
    failures.push('zod statically imported by the shell was not found');
  }
  const withDialog = checkFirstLoad(madeUpBuild(['node_modules/@angular/material/fesm2022/dialog.mjs']), pages);
  if (!withDialog.problems.some((problem) => problem.includes('Material dialog'))) failures.push("Material's dialog in the shell was not found");
  const withForms = checkFirstLoad(madeUpBuild(['node_modules/@angular/forms/fesm2022/forms.mjs']), pages);
  if (!withForms.problems.some((problem) => problem.includes('Angular forms'))) failures.push('Angular forms in the shell was not found');
  const withOverlay = checkFirstLoad(madeUpBuild(['node_modules/@angular/cdk/fesm2022/_overlay-module-chunk.mjs']), pages);
  if (!withOverlay.problems.some((problem) => problem.includes('CDK overlay'))) failures.push('the CDK overlay in the shell was not found');
  const moved = checkFirstLoad(madeUpBuild(['src/app/shared/icon/icon.ts']), { caseload: ['src/app/gone.ts'] });
  if (!moved.problems.some((problem) => problem.includes('no output holds src/app/gone.ts'))) failures.push('a missing first-page module passed');
  return failures;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function main(args) {
  const failures = selfTest();
  if (failures.length > 0) {
    console.error(`check-first-load-chunks: its self-test failed:\n  ${failures.join('\n  ')}`);
    return 2;
  }
  if (args[0] === '--self-test') {
    console.log('check-first-load-chunks: self-test passed (clean build passes; zod, a dialog, forms, the overlay, a moved page fail)');
    return 0;
  }
  const project = args[0] ?? 'dist/carecircle';
  const statsFile = join(project, 'stats.json');
  if (!existsSync(statsFile)) {
    console.error(`check-first-load-chunks: no ${statsFile}; build with \`ng build --stats-json\``);
    return 1;
  }
  const { pages, problems } = checkFirstLoad(JSON.parse(readFileSync(statsFile, 'utf8')));
  for (const { name, files } of pages) {
    let raw = 0;
    let brotli = 0;
    for (const file of files) {
      const content = readFileSync(join(project, 'browser', basename(file)));
      raw += content.length;
      brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    console.log(`first load of the ${name}: ${files.length} JavaScript files, ${kB(raw)} raw, ${kB(brotli)} brotli`);
  }
  if (problems.length > 0) {
    console.error(`check-first-load-chunks: FAILED\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log(`check-first-load-chunks: none of ${ON_DEMAND_ONLY.map((rule) => rule.name).join(', ')} in the first pages' JavaScript`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

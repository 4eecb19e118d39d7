// What the first pages' JavaScript holds, read from the build's esbuild metafile (`ng build --stats-json`
// writes it to dist/<project>/stats.json). Pure functions over that JSON, so the check can test itself
// on made-up builds (check-first-load-chunks.mjs --self-test).

/**
 * The source modules the first pages need: main.ts (the initial file) and what the router loads for
 * the caseload and a client's page, the same list core/loading/first-page-prefetch.ts fetches at boot.
 */
export const FIRST_PAGES = {
  caseload: ['src/main.ts', 'src/app/core/layout/shell/shell.ts', 'src/app/clients/clients.routes.ts', 'src/app/clients/caseload-page/caseload-page.ts'],
  'client page': [
    'src/main.ts',
    'src/app/core/layout/shell/shell.ts',
    'src/app/clients/clients.routes.ts',
    'src/app/clients/client-page/client-page.ts',
    'src/app/clients/client-overview/client-overview.ts',
  ],
};

/** Code that must load on demand, never with a first page (#18): each found by its module paths. */
export const ON_DEMAND_ONLY = [
  // ~100 kB raw; only forms and dialogs validate with it.
  { name: 'zod', pattern: /(^|\/)node_modules\/zod\// },
  // Material's and the CDK's dialog (~30 kB raw); every dialog opens on a click.
  { name: 'Material dialog', pattern: /(^|\/)node_modules\/@angular\/(material|cdk)\/fesm2022\/dialog\.mjs$/ },
  // Angular forms (~56 kB raw): matInput, Material's select and its list's selection list import it;
  // the caseload's filters are native controls and the side navigation plain links for this reason.
  { name: 'Angular forms', pattern: /(^|\/)node_modules\/@angular\/forms\/fesm2022\/forms\.mjs$/ },
  // The CDK overlay (~55 kB raw) and what brings it: Material's select, tooltip and paginator
  // (shared/pager is the app's pager). Menus, selects and tooltips belong to pages opened later.
  { name: 'CDK overlay', pattern: /(^|\/)node_modules\/@angular\/cdk\/fesm2022\/_overlay-module-chunk\.mjs$/ },
  { name: "Material's paginator", pattern: /(^|\/)node_modules\/@angular\/material\/fesm2022\/paginator\.mjs$/ },
];

/** Metafile input paths may start with ../ (node_modules as a symlink); compare by suffix. */
const isModule = (input, modulePath) => input === modulePath || input.endsWith(`/${modulePath}`);

/** The JavaScript output files holding `modulePath`, or [] if the build does not have it. */
function outputsHolding(metafile, modulePath) {
  return Object.entries(metafile.outputs)
    .filter(([file, output]) => file.endsWith('.js') && Object.keys(output.inputs).some((input) => isModule(input, modulePath)))
    .map(([file]) => file);
}

/** Every output file the browser must fetch before `files` run: their static imports, transitively. */
function staticClosure(metafile, files) {
  const seen = new Set();
  const pending = [...files];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !metafile.outputs[file]) continue;
    seen.add(file);
    for (const imported of metafile.outputs[file].imports) {
      if (imported.kind === 'import-statement') pending.push(imported.path);
    }
  }
  return [...seen];
}

/** One module's static import chain from `from` to the first module matching `pattern` (for the message). */
function importChain(metafile, from, pattern) {
  const start = Object.keys(metafile.inputs ?? {}).find((input) => isModule(input, from));
  if (!start) return [];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (pattern.test(current)) {
      const chain = [];
      for (let at = current; at; at = previous.get(at)) chain.unshift(at.replace(/^.*node_modules\//, ''));
      return chain;
    }
    for (const imported of metafile.inputs[current]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !previous.has(imported.path)) {
        previous.set(imported.path, current);
        queue.push(imported.path);
      }
    }
  }
  return [];
}

/**
 * Each first page's files, and what of ON_DEMAND_ONLY they hold.
 * @returns {{ pages: {name: string, files: string[]}[], problems: string[] }}
 */
export function checkFirstLoad(metafile, pages = FIRST_PAGES, onDemandOnly = ON_DEMAND_ONLY) {
  const problems = [];
  const result = [];
  for (const [name, modules] of Object.entries(pages)) {
    const entries = [];
    for (const modulePath of modules) {
      const holding = outputsHolding(metafile, modulePath);
      // A renamed or moved page must not make the check pass by finding nothing.
      if (holding.length === 0) problems.push(`${name}: no output holds ${modulePath} (moved? update FIRST_PAGES in tools/first-load-chunks.mjs)`);
      entries.push(...holding);
    }
    const files = staticClosure(metafile, entries);
    result.push({ name, files });
    for (const { name: code, pattern } of onDemandOnly) {
      const bytes = files
        .flatMap((file) => Object.entries(metafile.outputs[file].inputs))
        .filter(([input]) => pattern.test(input))
        .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
      if (bytes === 0) continue;
      const chain = modules.map((from) => importChain(metafile, from, pattern)).find((found) => found.length > 0) ?? [];
      problems.push(`${name}: ${code} (${bytes} bytes) is in its first load${chain.length ? `, through ${chain.join(' → ')}` : ''}. Load it with import() when it is needed.`);
    }
  }
  return { pages: result, problems };
}

#!/usr/bin/env node
// Adds <link rel="preload"> for the Roboto every page draws with to the built index.html.
// Without it the browser asks for a font only when text first needs it, after the app's code has run:
// the page is drawn in a fallback font, then redrawn in Roboto, and every text whose width changes
// moves what follows it (the app bar's search and buttons, the tabs and their ink bars: layout shift,
// #18). Preloaded, the fonts arrive with the stylesheet, before the first text is drawn. The files
// carry a content hash (they are cached as immutable), so their names are only known after a build.
//   node tools/preload-fonts.mjs dist/carecircle/browser
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2] ?? 'dist/carecircle/browser';
const indexPath = join(directory, 'index.html');
const media = readdirSync(join(directory, 'media'));
let html = readFileSync(indexPath, 'utf8');
// The "basic" cut (src/fonts/roboto.scss): the characters nearly every page draws, in every weight.
const links = ['roboto-basic-'].map((prefix) => {
  const file = media.find((name) => name.startsWith(prefix) && name.endsWith('.woff2'));
  if (!file) throw new Error(`preload-fonts: no ${prefix}*.woff2 in ${directory}/media (fonts moved? update tools/preload-fonts.mjs)`);
  // Fonts are always fetched in CORS mode; the preload must be too, or the browser fetches twice.
  return `<link rel="preload" href="media/${file}" as="font" type="font/woff2" crossorigin>`;
}).filter((link) => !html.includes(link));
if (links.length > 0) {
  if (!html.includes('</head>')) throw new Error(`preload-fonts: no </head> in ${indexPath}`);
  html = html.replace('</head>', `${links.join('')}</head>`);
  writeFileSync(indexPath, html);
}
console.log(`preload-fonts: ${indexPath} preloads Roboto's basic cut`);

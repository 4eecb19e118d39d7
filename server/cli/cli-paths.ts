import { resolve } from 'node:path';

/**
 * A file named on the command line, relative to where the user typed it: `npm run` moves to the
 * package folder but says where it was started in INIT_CWD.
 */
export function userPath(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}

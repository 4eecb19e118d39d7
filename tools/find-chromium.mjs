import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Karma and Playwright both drive the system's Chromium (browser downloads are impossible here). */
export function findChromium() {
  const fromEnv = process.env.CHROME_BIN;
  if (fromEnv && existsSync(fromEnv)) {
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

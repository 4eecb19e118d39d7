import { Injectable } from '@angular/core';

/** The link's path: `/r/<token>`, the token being base64url (at least 128 random bits). */
const LINK_PATH = /^\/r\/([A-Za-z0-9_-]{16,256})\/?$/;

/** Where the page leaves the address bar: no token in history, bookmarks, screenshots or shoulder-surfing. */
export const BARE_LINK_PATH = '/r/';

/**
 * Takes the token out of the address and replaces the address with the bare `/r/`, so the token
 * lives in this page's memory only. Returns null when the address holds no token (e.g. a reload
 * after the token was already taken out).
 */
export function takeLinkToken(location: Pick<Location, 'pathname'>, history: Pick<History, 'replaceState'>): string | null {
  const token = LINK_PATH.exec(location.pathname)?.[1] ?? null;
  if (location.pathname !== BARE_LINK_PATH) {
    history.replaceState(null, '', BARE_LINK_PATH);
  }
  return token;
}

/** The browser's address, as the page sees it once; specs replace it rather than touch their own window. */
@Injectable({ providedIn: 'root' })
export class LinkAddress {
  takeToken(): string | null {
    return takeLinkToken(window.location, window.history);
  }
}

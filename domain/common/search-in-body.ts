import * as z from '../validation/z';

export const SEARCH_IN_BODY_MESSAGE = 'Not allowed in the address: send searches in the body of POST …/search.';

/**
 * The `search` of a list's GET form. A search term is a name, email or case number, and those never
 * ride in a URL (proxies and browser tools keep URLs), so the GET refuses it and reads as "no search".
 */
export const searchRefusedInUrl = z
  .never({ error: SEARCH_IN_BODY_MESSAGE })
  .optional()
  .transform((): string => '');

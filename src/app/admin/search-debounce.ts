/** Typing in a search box asks the server once the user pauses this long. */
export const SEARCH_DEBOUNCE_MS = 300;

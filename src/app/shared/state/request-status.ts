/** Where a list or a lookup stands: not asked yet, on its way, here, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Where a save stands; `saved` tells the form or dialog it may close. `conflicted`: the server has
 * a newer version of the record, and the form shows it and lets the user choose (see
 * `shared/versioned-edits`). A slice whose conflicts are kept as a failed save with the current
 * record (the admin pages) never uses it.
 */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflicted';

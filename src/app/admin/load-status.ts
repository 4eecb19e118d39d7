/** Where a list or a lookup stands: not asked yet, on its way, here, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** Where a dialog's save stands; `saved` tells the dialog it may close. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

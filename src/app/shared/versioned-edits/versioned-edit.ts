import { computed, signal, type Signal, type WritableSignal } from '@angular/core';

/** What a slice keeps when a save met a newer version: at least the record as it is now. */
export interface StaleVersionConflict<T> {
  readonly current: T;
}

/**
 * The conflict flow of a form that edits one versioned record: the version the edit is based on,
 * the stored conflict when it is about this record, and the user's two ways out of it.
 */
export interface VersionedEdit<T, C extends StaleVersionConflict<T>> {
  /** The version the user's edit is based on; once a conflict is settled, the record as it is now. */
  readonly base: WritableSignal<T | null>;
  /** The slice's conflict, when it is about this form's record (and edit); null otherwise. */
  readonly conflict: Signal<C | null>;
  /** "Re-apply my change": the edit goes again, on top of the record as it is now. */
  reapply(resubmit: (conflict: C) => void): void;
  /** "Discard my change": the form shows the record as it is now. */
  discard(reset: (current: T, conflict: C) => void): void;
}

/**
 * One form helper for every versioned edit (note, member, measure, session plan and record).
 * `concerns` narrows the slice's conflict further, e.g. to the kind of edit this form makes.
 */
export function versionedEdit<T extends { readonly id: string }, C extends StaleVersionConflict<T>>(
  initial: T | null,
  storedConflict: Signal<C | null>,
  concerns: (conflict: C) => boolean = () => true,
): VersionedEdit<T, C> {
  const base = signal<T | null>(initial);
  const conflict = computed(() => {
    const stored = storedConflict();
    const record = base();
    return stored !== null && record !== null && stored.current.id === record.id && concerns(stored) ? stored : null;
  });
  const settle = (settled: (conflict: C) => void): void => {
    const open = conflict();
    if (open !== null) {
      base.set(open.current);
      settled(open);
    }
  };
  return {
    base,
    conflict,
    reapply: (resubmit) => settle(resubmit),
    discard: (reset) => settle((open) => reset(open.current, open)),
  };
}

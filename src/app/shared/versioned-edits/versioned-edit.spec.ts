import { signal } from '@angular/core';
import { versionedEdit } from './versioned-edit';

describe('versionedEdit', () => {
  interface Thing {
    readonly id: string;
    readonly version: number;
    readonly text: string;
  }
  interface ThingConflict {
    readonly current: Thing;
    readonly kind: 'wording' | 'tags';
  }
  const mine: Thing = { id: 'a', version: 1, text: 'mine' };
  const now: Thing = { id: 'a', version: 2, text: 'now' };
  const other: Thing = { id: 'b', version: 5, text: 'other' };

  it('shows only a conflict about its own record and edit', () => {
    const stored = signal<ThingConflict | null>(null);
    const edit = versionedEdit<Thing, ThingConflict>(mine, stored, ({ kind }) => kind === 'wording');
    expect(edit.conflict()).toBeNull();

    stored.set({ current: other, kind: 'wording' });
    expect(edit.conflict()).toBeNull();
    stored.set({ current: now, kind: 'tags' });
    expect(edit.conflict()).toBeNull();
    stored.set({ current: now, kind: 'wording' });
    expect(edit.conflict()).toEqual({ current: now, kind: 'wording' });
  });

  it('has no conflict while it has no record (a new one)', () => {
    const edit = versionedEdit<Thing, ThingConflict>(null, signal({ current: now, kind: 'wording' }));
    expect(edit.conflict()).toBeNull();
  });

  it('re-applies on top of the record as it is now', () => {
    const conflict: ThingConflict = { current: now, kind: 'wording' };
    const edit = versionedEdit<Thing, ThingConflict>(mine, signal(conflict));
    const resubmit = jasmine.createSpy('resubmit').and.callFake(() => expect(edit.base()).toBe(now));

    edit.reapply(resubmit);

    expect(resubmit).toHaveBeenCalledOnceWith(conflict);
    expect(edit.base()).toBe(now);
  });

  it('discards onto the record as it is now', () => {
    const conflict: ThingConflict = { current: now, kind: 'wording' };
    const edit = versionedEdit<Thing, ThingConflict>(mine, signal(conflict));
    const reset = jasmine.createSpy('reset');

    edit.discard(reset);

    expect(reset).toHaveBeenCalledOnceWith(now, conflict);
    expect(edit.base()).toBe(now);
  });

  it('does nothing without a conflict', () => {
    const edit = versionedEdit<Thing, ThingConflict>(mine, signal(null));
    const settled = jasmine.createSpy('settled');

    edit.reapply(settled);
    edit.discard(settled);

    expect(settled).not.toHaveBeenCalled();
    expect(edit.base()).toBe(mine);
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { isStaleVersion, isVersionedRecord, saveFailureOf, type Versioned } from './save-failure';

describe('saveFailureOf', () => {
  interface Thing extends Versioned {
    readonly id: string;
    readonly name: string;
  }
  const current: Thing = { id: 'a', version: 3, name: 'now' };
  const stale: ProblemDocument = {
    type: 'about:blank',
    title: 'Changed by someone else',
    status: 409,
    detail: 'This record was changed after you opened it.',
  };
  const failed = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

  it('hands over the record a stale-version 409 carries, and the problem without it', () => {
    expect(saveFailureOf<Thing>(failed(409, { ...stale, current }))).toEqual({ problem: stale, current });
  });

  it('treats a 409 without a record (a duplicate, a clinic rule) as a plain failure', () => {
    const duplicate = { ...stale, errors: [{ field: 'caseNumber', message: 'Taken.' }] };
    expect(saveFailureOf<Thing>(failed(409, duplicate))).toEqual({ problem: duplicate, current: null });
    expect(saveFailureOf<Thing>(failed(409, { ...stale, current: 'text' })).current).toBeNull();
    expect(saveFailureOf<Thing>(failed(409, { ...stale, current: { version: 3 } })).current).toBeNull();
  });

  it('never takes a record from a status other than 409', () => {
    const refused = { ...stale, status: 403, title: 'Forbidden' };
    expect(saveFailureOf<Thing>(failed(403, { ...refused, current }))).toEqual({ problem: refused, current: null });
  });

  it('reads a lost connection or an SPA error as a plain failure', () => {
    expect(saveFailureOf<Thing>(failed(0, null))).toEqual({ problem: jasmine.objectContaining({ status: 0 }), current: null });
    expect(saveFailureOf<Thing>(new Error('bug')).current).toBeNull();
  });

  it('lets a slice ask more of the record', () => {
    const withAnswers = (record: Readonly<Record<string, unknown>>) => isVersionedRecord(record) && 'answers' in record;
    expect(saveFailureOf<Thing>(failed(409, { ...stale, current }), withAnswers).current).toBeNull();
    const measure = { ...current, answers: [] };
    expect(saveFailureOf<Thing>(failed(409, { ...stale, current: measure }), withAnswers).current).toEqual(measure);
  });
});

describe('isStaleVersion', () => {
  const problem = (status: number, changes: Partial<ProblemDocument> = {}): ProblemDocument => ({ type: 'about:blank', title: 'x', status, ...changes });

  it('is a 409 that names no field', () => {
    expect(isStaleVersion(problem(409))).toBeTrue();
    expect(isStaleVersion(problem(409, { errors: [] }))).toBeTrue();
  });

  it('is not a 409 about a field (a clinic rule), another status, or no problem', () => {
    expect(isStaleVersion(problem(409, { errors: [{ field: 'email', message: 'Taken.' }] }))).toBeFalse();
    expect(isStaleVersion(problem(400))).toBeFalse();
    expect(isStaleVersion(null)).toBeFalse();
  });
});

import type { ProblemDocument } from '@domain/problem/problem-document';
import { isStaleVersion, withoutCurrent } from './stale-version';

describe('stale version problems', () => {
  const stale: ProblemDocument = {
    type: 'about:blank',
    title: 'Changed by someone else',
    status: 409,
    detail: 'This record was changed after you opened it.',
    current: { id: 'a', version: 3 },
  };

  it('recognises a 409 that carries the current record', () => {
    expect(isStaleVersion(stale)).toBeTrue();
    expect(isStaleVersion({ ...stale, current: undefined })).toBeFalse();
    expect(isStaleVersion({ ...stale, status: 400 })).toBeFalse();
    expect(isStaleVersion(null)).toBeFalse();
  });

  it('drops the current record and keeps the rest', () => {
    expect(withoutCurrent(stale)).toEqual({
      type: 'about:blank',
      title: 'Changed by someone else',
      status: 409,
      detail: 'This record was changed after you opened it.',
    });
  });
});

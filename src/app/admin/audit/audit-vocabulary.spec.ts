import { AUDIT_ACTIONS, labelOf, optionsOf } from './audit-vocabulary';

describe('audit vocabulary', () => {
  it('labels known codes and shows unknown ones as they are', () => {
    expect(labelOf(AUDIT_ACTIONS, 'sign-in-failed')).toBe('Failed sign-in');
    expect(labelOf(AUDIT_ACTIONS, 'export')).toBe('export');
  });

  it('lists options alphabetically by label', () => {
    expect(optionsOf({ b: 'Zebra', a: 'Apple', c: 'Mango' })).toEqual([
      { code: 'a', label: 'Apple' },
      { code: 'c', label: 'Mango' },
      { code: 'b', label: 'Zebra' },
    ]);
  });
});

import { recordMeasureRequestSchema } from './measure-requests';

const valid = { instrument: 'ucla-3', administeredOn: '2026-11-20', completedBy: 'self-report', answers: [1, 2, 3] };

function errorsOf(request: unknown): { path: string; message: string }[] {
  const result = recordMeasureRequestSchema.safeParse(request);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('recording a measure: request validation', () => {
  it('accepts a complete answer sheet', () => {
    expect(errorsOf(valid)).toEqual([]);
  });

  it('names an unanswered item', () => {
    expect(errorsOf({ ...valid, answers: [1, null, 3] })).toEqual([{ path: 'answers.1', message: 'Item 2 is unanswered.' }]);
    expect(errorsOf({ ...valid, answers: [1, 2] })).toEqual([{ path: 'answers.2', message: 'Item 3 is unanswered.' }]);
  });

  it("names an answer outside the instrument's own scale", () => {
    expect(errorsOf({ ...valid, answers: [1, 4, 3] })).toEqual([{ path: 'answers.1', message: 'Item 2: answer from 1 to 3.' }]);
    const lsns = { ...valid, instrument: 'lsns-6', answers: [0, 1, 2, 3, 4, 6] };
    expect(errorsOf(lsns)).toEqual([{ path: 'answers.5', message: 'Item 6: answer from 0 to 5.' }]);
    const mspss = { ...valid, instrument: 'mspss', answers: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] };
    expect(errorsOf(mspss)).toEqual([{ path: 'answers.0', message: 'Item 1: answer from 1 to 7.' }]);
  });

  it('rejects extra answers, unknown instruments and who-completed codes', () => {
    expect(errorsOf({ ...valid, answers: [1, 2, 3, 1] })).toEqual([{ path: 'answers', message: 'UCLA-3 has 3 items, not 4.' }]);
    expect(errorsOf({ ...valid, instrument: 'phq-9' }).map((error) => error.path)).toEqual(['instrument']);
    expect(errorsOf({ ...valid, completedBy: 'family' }).map((error) => error.path)).toEqual(['completedBy']);
  });
});

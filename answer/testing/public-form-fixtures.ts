import type { PublicForm } from '@domain/self-report/public-form';

type MeasuresPublicForm = Extract<PublicForm, { kind: 'measures' }>;
type FeedbackPublicForm = Extract<PublicForm, { kind: 'session-feedback' }>;

const AGREEMENT = [
  { value: 1, label: 'Disagree' },
  { value: 2, label: 'Neutral' },
  { value: 3, label: 'Agree' },
];

/** Two short instruments (the page never needs the real catalog: the server sends the words). */
export function measuresForm(overrides: Partial<MeasuresPublicForm> = {}): MeasuresPublicForm {
  return {
    kind: 'measures',
    clinicName: 'Riverside Family Clinic',
    firstName: 'Sam',
    instruments: [
      {
        code: 'mspss',
        title: 'Support from people around you',
        instructions: 'How do you feel about each statement?',
        items: [{ text: 'My family really tries to help me.' }, { text: 'I can count on my friends.' }, { text: 'Someone cares about my feelings.' }],
        options: AGREEMENT,
      },
      {
        code: 'ucla-3',
        title: 'Feeling connected',
        instructions: 'How often do you feel this way?',
        items: [{ text: 'How often do you feel left out?' }, { text: 'How often do you feel isolated?' }],
        options: [
          { value: 1, label: 'Hardly ever' },
          { value: 2, label: 'Some of the time' },
          { value: 3, label: 'Often' },
        ],
      },
    ],
    ...overrides,
  };
}

export function feedbackForm(): FeedbackPublicForm {
  return {
    kind: 'session-feedback',
    clinicName: 'Riverside Family Clinic',
    firstName: null,
    sessionDate: '2026-12-03',
    questions: [
      { field: 'listened', text: 'I felt listened to' },
      { field: 'understoodNextSteps', text: 'I understand what we agreed to do next' },
      { field: 'useful', text: 'The session was useful for our family' },
    ],
  };
}

/** What `fetch` resolves with for a JSON answer. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** The body of the n-th call of a `fetch` spy, parsed. */
export function sentBody(fetchSpy: jasmine.Spy<typeof fetch>, call = 0): unknown {
  const init = fetchSpy.calls.argsFor(call)[1];
  return JSON.parse(String(init?.body));
}

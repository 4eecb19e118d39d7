// No zod here: the answering page imports these, and its bundle must stay free of schemas.

/** The three feedback questions, keyed by the field that holds each answer (1–5). */
export const FEEDBACK_QUESTIONS = {
  listened: 'I felt listened to',
  understoodNextSteps: 'I understand what we agreed to do next',
  useful: 'The session was useful for our family',
} as const;
export type FeedbackQuestion = keyof typeof FEEDBACK_QUESTIONS;
export const FEEDBACK_QUESTION_FIELDS = Object.keys(FEEDBACK_QUESTIONS) as [FeedbackQuestion, ...FeedbackQuestion[]];

/** Labels of the 1–5 answer scale, lowest first. */
export const FEEDBACK_SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;

import * as z from '../validation/z';

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

/** One attendee's answers about a session. The comment is shown to clinicians only. */
export const sessionFeedbackSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  listened: z.number().int(),
  understoodNextSteps: z.number().int(),
  useful: z.number().int(),
  comment: z.string(),
  answeredAt: z.string(),
});
export type SessionFeedback = z.infer<typeof sessionFeedbackSchema>;

/** Average answers of one session's feedback, for the trend on the Sessions tab. */
export const sessionFeedbackTrendPointSchema = z.object({
  sessionId: z.string(),
  startsAt: z.string(),
  listened: z.number(),
  understoodNextSteps: z.number(),
  useful: z.number(),
  /** How many attendees answered. */
  answers: z.number().int(),
});
export type SessionFeedbackTrendPoint = z.infer<typeof sessionFeedbackTrendPointSchema>;

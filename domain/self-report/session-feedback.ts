import * as z from '../validation/z';

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

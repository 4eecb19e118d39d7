import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { INSTRUMENT_CODES, type InstrumentCode } from '../measures/instrument';
import { instrumentOf } from '../measures/instrument-catalog';
import { checkAnswers } from '../measures/measure-requests';
import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from './self-report-request';

const expiresInDaysSchema = z
  .number({ error: 'Required.' })
  .int({ error: 'Whole days.' })
  .min(1, { error: 'At least 1 day.' })
  .max(MAX_EXPIRY_DAYS, { error: `At most ${MAX_EXPIRY_DAYS} days.` })
  .default(DEFAULT_EXPIRY_DAYS);

const emailToSchema = z
  .string({ error: 'Enter an email address or leave it empty.' })
  .trim()
  .toLowerCase()
  .max(TEXT_LIMITS.email, { error: `Must be at most ${TEXT_LIMITS.email} characters.` })
  .pipe(z.email({ error: 'Enter an email address like name@example.org.' }));

/** A therapist sends one or more instruments to the client. */
export const sendSelfReportSchema = z.strictObject({
  instruments: z
    .array(z.enum(INSTRUMENT_CODES, { error: 'Unknown instrument.' }), { error: 'Choose at least one instrument.' })
    .min(1, { error: 'Choose at least one instrument.' })
    .max(INSTRUMENT_CODES.length, { error: `At most ${INSTRUMENT_CODES.length} instruments.` })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'Each instrument once.' }),
  expiresInDays: expiresInDaysSchema,
  repeatEveryWeeks: z
    .number({ error: 'Whole weeks, or none.' })
    .int({ error: 'Whole weeks.' })
    .min(1, { error: 'At least every week.' })
    .max(12, { error: 'At most every 12 weeks.' })
    .nullable()
    .default(null),
  emailTo: emailToSchema.nullable().default(null),
});
export type SendSelfReportRequest = z.infer<typeof sendSelfReportSchema>;

/** After a completed family session: one feedback link per attendee named. */
export const sendSessionFeedbackSchema = z.strictObject({
  memberIds: z
    .array(uuidSchema, { error: 'Choose at least one attendee.' })
    .min(1, { error: 'Choose at least one attendee.' })
    .max(20, { error: 'At most 20.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each one once.' }),
  expiresInDays: expiresInDaysSchema,
});
export type SendSessionFeedbackRequest = z.infer<typeof sendSessionFeedbackSchema>;

/** Withdraw or send again: the version the therapist saw (409 if stale). */
export const selfReportVersionSchema = z.strictObject({ version: versionSchema });

/**
 * Create a (new) link for a due repeat or a waiting request whose link was lost: the old link, if
 * any, stops working. `email`: send it to the address the series was emailed to (needs SMTP).
 */
export const createLinkSchema = z.strictObject({
  version: versionSchema,
  email: z.boolean({ error: 'Yes or no.' }).default(false),
});
export type CreateLinkRequest = z.infer<typeof createLinkSchema>;

export const clientSelfReportParamsSchema = z.strictObject({ clientId: uuidSchema, requestId: uuidSchema });

/** Answers may arrive with gaps (null) so the message can name the unanswered item. */
const itemAnswersSchema = z
  .array(z.number({ error: 'Choose an answer.' }).int({ error: 'Choose an answer.' }).nullable(), { error: 'Required.' })
  .max(40);

/**
 * The answers to a measures link: instrument code → answers in item order. Each instrument present is
 * checked item by item against the catalog (e.g. `answers.mspss.2` names item 3 of the MSPSS: paths
 * count from 0 like every array path, the message names the printed item number).
 */
export const measureAnswersSchema = z
  .strictObject({ answers: z.partialRecord(z.enum(INSTRUMENT_CODES, { error: 'Unknown instrument.' }), itemAnswersSchema) })
  .superRefine((body, context) => {
    for (const [code, answers] of Object.entries(body.answers) as [InstrumentCode, (number | null)[]][]) {
      checkAnswers(instrumentOf(code), answers, (path, message) =>
        context.addIssue({ code: 'custom', path: ['answers', code, ...path.slice(1)], message }),
      );
    }
  });
export type MeasureAnswers = z.infer<typeof measureAnswersSchema>;

/** The same answers, required for exactly the instruments the link asked for. */
export function measureAnswersSchemaFor(instruments: readonly InstrumentCode[]) {
  return measureAnswersSchema.superRefine((body, context) => {
    for (const code of instruments) {
      if (!body.answers[code]) {
        context.addIssue({ code: 'custom', path: ['answers', code], message: `${instrumentOf(code).shortName} is unanswered.` });
      }
    }
    for (const code of Object.keys(body.answers) as InstrumentCode[]) {
      if (!instruments.includes(code)) {
        context.addIssue({ code: 'custom', path: ['answers', code], message: 'This link did not ask for this instrument.' });
      }
    }
  });
}

const feedbackAnswerSchema = z
  .number({ error: 'Choose an answer from 1 to 5.' })
  .int({ error: 'Choose an answer from 1 to 5.' })
  .min(1, { error: 'Choose an answer from 1 to 5.' })
  .max(5, { error: 'Choose an answer from 1 to 5.' });

export const FEEDBACK_COMMENT_MAX = 1000;

/** An attendee's answers about a session. */
export const sessionFeedbackAnswersSchema = z.strictObject({
  listened: feedbackAnswerSchema,
  understoodNextSteps: feedbackAnswerSchema,
  useful: feedbackAnswerSchema,
  comment: z
    .string({ error: 'Must be text.' })
    .trim()
    .max(FEEDBACK_COMMENT_MAX, { error: `Must be at most ${FEEDBACK_COMMENT_MAX} characters.` })
    .default(''),
});
export type SessionFeedbackAnswers = z.infer<typeof sessionFeedbackAnswersSchema>;

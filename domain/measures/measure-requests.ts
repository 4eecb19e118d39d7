import { isoDateSchema } from '../common/iso-date-schema';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { INSTRUMENT_CODES, type Instrument, type InstrumentCode } from './instrument';
import { instrumentOf } from './instrument-catalog';
import { COMPLETED_BY_CODES } from './measure';

/** Answers may arrive with gaps (null) so the message can name the unanswered item. */
const answersSchema = z.array(z.number({ error: 'Choose an answer.' }).int({ error: 'Choose an answer.' }).nullable(), { error: 'Required.' }).max(40);

/** Item-by-item check against the instrument's own scale: every message names the item. */
export function checkAnswers(instrument: Instrument, answers: readonly (number | null)[], addIssue: (path: (string | number)[], message: string) => void): void {
  const values = new Set(instrument.responseOptions.map((option) => option.value));
  const lowest = instrument.responseOptions[0].value;
  const highest = instrument.responseOptions[instrument.responseOptions.length - 1].value;
  instrument.items.forEach((item, index) => {
    const answer = answers[index];
    if (answer === undefined || answer === null) {
      addIssue(['answers', index], `Item ${item.number} is unanswered.`);
    } else if (!values.has(answer)) {
      addIssue(['answers', index], `Item ${item.number}: answer from ${lowest} to ${highest}.`);
    }
  });
  if (answers.length > instrument.items.length) {
    addIssue(['answers'], `${instrument.shortName} has ${instrument.items.length} items, not ${answers.length}.`);
  }
}

const measureFields = {
  administeredOn: isoDateSchema,
  completedBy: z.enum(COMPLETED_BY_CODES, { error: 'Choose who completed it.' }),
  answers: answersSchema,
  /**
   * A score the browser computed for display. Accepted so a form may send what it shows, and always
   * ignored: the server scores the answers itself.
   */
  scores: z.unknown().optional(),
};

export const recordMeasureRequestSchema = z
  .strictObject({ instrument: z.enum(INSTRUMENT_CODES, { error: 'Unknown instrument.' }), ...measureFields })
  .superRefine((request, context) => {
    checkAnswers(instrumentOf(request.instrument), request.answers, (path, message) => context.addIssue({ code: 'custom', path, message }));
  });
export type RecordMeasureRequest = z.infer<typeof recordMeasureRequestSchema>;

/** A correction: the instrument stays; answers, date and who completed it may change, with a reason. */
export const amendMeasureRequestSchema = z.strictObject({
  ...measureFields,
  amendmentReason: requiredText(TEXT_LIMITS.shortText),
  version: versionSchema,
});
export type AmendMeasureRequest = z.infer<typeof amendMeasureRequestSchema>;

/** Answers of a request that passed `checkAnswers` for its instrument. */
export const checkedAnswers = (answers: readonly (number | null)[]): number[] => answers.map((answer) => answer as number);

export const measureListQuerySchema = z.strictObject({
  instrument: z.enum([...INSTRUMENT_CODES, 'all'], { error: 'Unknown instrument.' }).default('all'),
});
export type MeasureListQuery = z.infer<typeof measureListQuerySchema>;

export const clientMeasureParamsSchema = z.strictObject({ clientId: uuidSchema, measureId: uuidSchema });

export type { InstrumentCode };

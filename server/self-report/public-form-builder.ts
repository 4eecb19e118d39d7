import type { Kysely } from 'kysely';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { PublicForm } from '@domain/self-report/public-form';
import { FEEDBACK_QUESTION_FIELDS, FEEDBACK_QUESTIONS } from '@domain/self-report/feedback-questions';
import type { Database, SelfReportRequestRow } from '../db/database';
import { instrumentsOf } from './self-report-mapping';

/** The first word of the client's preferred name: the only personal fact the answering page shows. */
const firstNameOf = (preferredName: string): string | null => preferredName.trim().split(/\s+/)[0] || null;

/** What the answering page shows for a usable link: the questions, the clinic, the client's first name. */
export async function publicFormOf(db: Kysely<Database>, row: SelfReportRequestRow, clinicName: string): Promise<PublicForm> {
  if (row.kind === 'session-feedback') {
    const session = await db.selectFrom('family_sessions').select('starts_at').where('id', '=', row.session_id!).executeTakeFirstOrThrow();
    return {
      kind: 'session-feedback',
      clinicName,
      firstName: null,
      sessionDate: session.starts_at.slice(0, 10),
      questions: FEEDBACK_QUESTION_FIELDS.map((field) => ({ field, text: FEEDBACK_QUESTIONS[field] })),
    };
  }
  const client = await db.selectFrom('clients').select('preferred_name').where('id', '=', row.client_id).executeTakeFirstOrThrow();
  return {
    kind: 'measures',
    clinicName,
    firstName: firstNameOf(client.preferred_name),
    instruments: instrumentsOf(row).map((code) => {
      const instrument = instrumentOf(code);
      return {
        code,
        title: instrument.name,
        instructions: instrument.instructions,
        items: instrument.items.map((item) => ({ text: item.text })),
        options: instrument.responseOptions.map((option) => ({ value: option.value, label: option.label })),
      };
    }),
  };
}

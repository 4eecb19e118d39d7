import type { InstrumentCode } from '../measures/instrument';
import type { FeedbackQuestion } from './session-feedback';

/** One instrument as the answering page shows it: the instrument's own words, nothing about the client. */
export interface PublicInstrument {
  readonly code: InstrumentCode;
  readonly title: string;
  readonly instructions: string;
  readonly items: readonly { readonly text: string }[];
  readonly options: readonly { readonly value: number; readonly label: string }[];
}

/**
 * All the answering page receives for a link. Nothing else about anyone: the client's preferred first
 * name only when the client is the one answering (measures).
 */
export type PublicForm =
  | {
      readonly kind: 'measures';
      readonly clinicName: string;
      readonly firstName: string | null;
      readonly instruments: readonly PublicInstrument[];
    }
  | {
      readonly kind: 'session-feedback';
      readonly clinicName: string;
      readonly firstName: null;
      /** YYYY-MM-DD of the session asked about. */
      readonly sessionDate: string;
      readonly questions: readonly { readonly field: FeedbackQuestion; readonly text: string }[];
    };

import type { SessionRecord } from '@domain/sessions/family-session';
import { CLINICAL_ONLY_FIELDS } from '@domain/sessions/family-session';

type TextField = Exclude<keyof SessionRecord, 'followUps'>;

/** The written parts of a session's record, in reading order, with the labels clinicians know. */
export const RECORD_TEXT_FIELDS: readonly {
  readonly key: TextField;
  readonly label: string;
  readonly clinicalOnly: boolean;
}[] = (
  [
    ['goals', 'Goals'],
    ['summary', 'Summary'],
    ['interventions', 'Interventions used'],
    ['dynamicsObservations', 'Family dynamics observations'],
    ['outcomes', 'Outcomes'],
    ['riskConcerns', 'Risk concerns'],
  ] as const
).map(([key, label]) => ({
  key,
  label,
  clinicalOnly: (CLINICAL_ONLY_FIELDS as readonly string[]).includes(key),
}));

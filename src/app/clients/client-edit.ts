import type { Client } from '@domain/clients/client';
import type { ClientStatus } from '@domain/clients/client-codes';
import type { UpdateClientRequest } from '@domain/clients/client-requests';

/** The fields a clinician edits on the client form. */
export type ClientFields = Omit<UpdateClientRequest, 'version'>;

/**
 * One change a user makes to a client record, independent of the version it is based on: so the
 * same change can be sent again on top of a newer version after a conflict.
 */
export type ClientEdit =
  | { readonly kind: 'update'; readonly fields: ClientFields }
  | {
      readonly kind: 'status';
      readonly status: ClientStatus;
      readonly dischargedOn: string | null;
      readonly dischargeReason: string | null;
    }
  | { readonly kind: 'reassign'; readonly therapistId: string; readonly therapistName: string };

/** A save that met a newer version: what the user started from, what it is now, and their edit. */
export interface ClientConflict {
  readonly base: Client;
  readonly current: Client;
  readonly edit: ClientEdit;
}

/** The record as it would read once the edit is applied to `base`. */
export function editedRecord(base: Client, edit: ClientEdit): Client {
  switch (edit.kind) {
    case 'update':
      return { ...base, ...edit.fields };
    case 'status':
      return { ...base, status: edit.status, dischargedOn: edit.dischargedOn, dischargeReason: edit.dischargeReason };
    case 'reassign':
      return { ...base, therapistId: edit.therapistId, therapistName: edit.therapistName };
  }
}

/**
 * The same edit, re-based on `current`: the fields the user changed keep the user's values, every
 * other field takes the current value, so re-applying does not undo what someone else changed.
 */
export function rebaseEdit(base: Client, edit: ClientEdit, current: Client): ClientEdit {
  if (edit.kind !== 'update') {
    return edit;
  }
  const mine = edit.fields;
  const pick = <T>(yours: T, started: unknown, now: T): T => (sameValue(yours, started) ? now : yours);
  return {
    kind: 'update',
    fields: {
      preferredName: pick(mine.preferredName, base.preferredName, current.preferredName),
      legalName: pick(mine.legalName, base.legalName, current.legalName),
      dateOfBirth: pick(mine.dateOfBirth, base.dateOfBirth, current.dateOfBirth),
      caseNumber: pick(mine.caseNumber, base.caseNumber, current.caseNumber),
      pronouns: pick(mine.pronouns, base.pronouns, current.pronouns),
      primaryConcerns: pick(mine.primaryConcerns, base.primaryConcerns, [...current.primaryConcerns]),
      treatmentStart: pick(mine.treatmentStart, base.treatmentStart, current.treatmentStart),
      familyConsent: pick(mine.familyConsent, base.familyConsent, current.familyConsent),
    },
  };
}

/** Equal values; concern lists are compared as sets (the server sorts them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

import * as z from '../validation/z';
import type { MeasureFlag } from '../measures/measure-flags';
import type { MeasureResponse } from '../measures/measure';
import type { NetworkMember, NetworkMemberRevision } from '../network/network-member';
import type { SupportNote, SupportNoteRevision } from '../notes/support-note';
import type { FamilySession } from '../sessions/family-session';
import type { Client } from './client';

/** A support note with every version of its text (the original first), so amendments show what changed. */
export interface NoteWithRevisions {
  readonly note: SupportNote;
  readonly revisions: readonly SupportNoteRevision[];
}

/**
 * Everything CareCircle holds about one client (the "right of access" copy): the record, the
 * network today and every recorded version of it, notes with their amendments, family sessions
 * (clinical-only fields included: clinicians read it and the page marks them) and measures.
 */
export interface ClientRecord {
  readonly client: Client;
  /** Every member ever recorded, today's facts; `revisions` holds each member's history. */
  readonly members: readonly NetworkMember[];
  readonly memberRevisions: readonly NetworkMemberRevision[];
  readonly notes: readonly NoteWithRevisions[];
  /** Latest first. */
  readonly sessions: readonly FamilySession[];
  /** Oldest first. */
  readonly measures: readonly MeasureResponse[];
  /** The client's flags as of today, most severe first. */
  readonly flags: readonly MeasureFlag[];
}

/** The complete record as printed: who printed it and when (the print is audited). */
export interface CompleteRecordPrintout extends ClientRecord {
  readonly printedAt: string;
  readonly printedBy: string;
}

/** `GET /clients/:clientId/fhir?copy=…`: the clinician copy (default) or the family copy, as printouts are. */
export const fhirExportQuerySchema = z.strictObject({
  copy: z.enum(['clinician', 'family'], { error: 'Choose the clinician copy or the family copy.' }).default('clinician'),
});
export type FhirExportQuery = z.infer<typeof fhirExportQuerySchema>;

/** `POST /clients/:clientId/record-printouts`: nothing to choose; the post records the print. */
export const recordPrintoutRequestSchema = z.strictObject({});
export type RecordPrintoutRequest = z.infer<typeof recordPrintoutRequestSchema>;

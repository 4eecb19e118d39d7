import type { DocumentReference } from '@medplum/fhirtypes';
import type { NoteWithRevisions } from '@domain/clients/complete-record';
import type { SupportNoteRevision } from '@domain/notes/support-note';
import { clinicConcept, referenceTo, textExtensions } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';

/**
 * A support note as DocumentReferences, one per version of its text: the current version under the
 * note's id, each earlier one as `<id>-v<version>`, `superseded`, and each amendment `replaces` the
 * version before it with `docStatus: amended` and the reason as an extension.
 *
 * Why DocumentReference: a support note is a dated narrative a clinician writes and may amend but
 * never silently change, which is what FHIR's clinical notes are (US Core puts them in
 * DocumentReference, and R4 gives it the amendment elements: docStatus, relatesTo `replaces`,
 * status `superseded`). Communication is a message sent between parties, which a note is not, and
 * ClinicalImpression an assessment with findings and a problem list, which a note does not draw up;
 * neither can say that one version replaces another.
 *
 * The note's type is the clinic's own code: LOINC's note codes (progress note, …) describe
 * documents of a visit, and a support note is not tied to one.
 */
export function toSupportNoteDocuments({ note, revisions }: NoteWithRevisions, urls: FhirUrls): DocumentReference[] {
  const versions: readonly SupportNoteRevision[] =
    revisions.length > 0
      ? [...revisions].sort((a, b) => a.version - b.version)
      : [{ version: 1, text: note.text, memberIds: note.memberIds, recordedAt: note.createdAt, recordedBy: note.authorId, recordedByName: note.authorName, reason: null }];
  const last = versions[versions.length - 1]!.version;
  const idOf = (version: number) => (version === last ? note.id : `${note.id}-v${version}`);
  return versions.map((revision) => ({
    resourceType: 'DocumentReference',
    id: idOf(revision.version),
    status: revision.version === last ? 'current' : 'superseded',
    docStatus: revision.version === 1 ? 'final' : 'amended',
    type: clinicConcept(urls, 'noteType', 'support-note', 'Support note'),
    subject: referenceTo('Patient', note.clientId),
    date: revision.recordedAt,
    author: [referenceTo('Practitioner', revision.recordedBy, revision.recordedByName)],
    ...(revision.version > 1 ? { relatesTo: [{ code: 'replaces' as const, target: referenceTo('DocumentReference', idOf(revision.version - 1)) }] } : {}),
    extension: textExtensions(urls, 'amendmentReason', revision.reason),
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from(revision.text, 'utf8').toString('base64') } }],
    context: {
      // The date the note is about, which may be earlier than the day it was written.
      period: { start: note.noteDate },
      related: revision.memberIds.map((memberId) => referenceTo('RelatedPerson', memberId)),
    },
  }));
}

/** Ids of the clinicians who wrote or amended the notes (each becomes a Practitioner in the bundle). */
export function noteClinicianIds(notes: readonly NoteWithRevisions[]): string[] {
  return notes.flatMap(({ note, revisions }) => [note.authorId, ...revisions.map((revision) => revision.recordedBy)]);
}

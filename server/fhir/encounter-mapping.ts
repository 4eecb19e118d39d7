import type { Encounter, EncounterParticipant, Extension } from '@medplum/fhirtypes';
import type { FamilyCopy, FamilySession, FollowUp, SessionAttendee } from '@domain/sessions/family-session';
import { ATTENDANCE, FOLLOW_UP_OWNERS, MODALITIES, SESSION_STATUSES, SESSION_TYPES } from '@domain/sessions/session-codes';
import { clinicConcept, clinicCoding, codedExtension, referenceTo, textExtensions } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { AMBULATORY, PARTICIPANT, PRIMARY_PERFORMER, RESTRICTED, SECONDARY_PERFORMER, VIRTUAL } from './hl7-codes';

/** R4 encounter statuses; a no-show is `cancelled` there, and the session-status extension keeps "no-show". */
const ENCOUNTER_STATUS = { planned: 'planned', completed: 'finished', cancelled: 'cancelled', 'no-show': 'cancelled' } as const;

const isFullSession = (session: FamilySession | FamilyCopy): session is FamilySession => 'riskConcerns' in session;

/**
 * One family session as an Encounter with its participants. A family copy (familyCopyOf) has no
 * clinical-only fields, so none can be exported; a clinician copy that carries any is labelled
 * restricted (meta.security), so a receiving system can keep it from the family too.
 */
export function toEncounter(session: FamilySession | FamilyCopy, urls: FhirUrls): Encounter {
  const end = new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000).toISOString();
  const clinical = isFullSession(session) ? clinicalOnlyExtensions(session, urls) : [];
  return {
    resourceType: 'Encounter',
    id: session.id,
    ...(clinical.length > 0 ? { meta: { security: [RESTRICTED] } } : {}),
    status: ENCOUNTER_STATUS[session.status],
    class: session.modality === 'in-person' ? AMBULATORY : VIRTUAL,
    type: [clinicConcept(urls, 'sessionType', session.type, SESSION_TYPES[session.type])],
    subject: referenceTo('Patient', session.clientId),
    participant: [
      { type: [{ coding: [PRIMARY_PERFORMER] }], individual: referenceTo('Practitioner', session.therapistId) },
      ...session.attendees.map((attendee) => toParticipant(attendee, urls)),
    ],
    period: { start: session.startsAt, end },
    length: { value: session.durationMinutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
    ...(session.location.trim() !== '' ? { location: [{ location: { display: session.location } }] } : {}),
    extension: [
      codedExtension(urls, 'sessionStatus', 'sessionStatus', session.status, SESSION_STATUSES[session.status]),
      codedExtension(urls, 'sessionModality', 'modality', session.modality, MODALITIES[session.modality]),
      ...textExtensions(urls, 'sessionGoals', session.goals),
      ...textExtensions(urls, 'sessionSummary', session.summary),
      ...textExtensions(urls, 'sessionInterventions', session.interventions),
      ...textExtensions(urls, 'sessionOutcomes', session.outcomes),
      ...session.followUps.map((followUp) => toFollowUpExtension(followUp, urls)),
      ...clinical,
    ],
  };
}

function toParticipant(attendee: SessionAttendee, urls: FhirUrls): EncounterParticipant {
  const member = attendee.kind === 'member';
  return {
    type: [{ coding: [member ? PARTICIPANT : SECONDARY_PERFORMER] }],
    individual: referenceTo(member ? 'RelatedPerson' : 'Practitioner', attendee.id, attendee.name),
    extension: [codedExtension(urls, 'attendance', 'attendance', attendee.attendance, ATTENDANCE[attendee.attendance])],
  };
}

function toFollowUpExtension(followUp: FollowUp, urls: FhirUrls): Extension {
  return {
    url: urls.extension('followUp'),
    extension: [
      { url: 'what', valueString: followUp.what },
      { url: 'owner', valueCoding: clinicCoding(urls, 'followUpOwner', followUp.ownerKind, FOLLOW_UP_OWNERS[followUp.ownerKind]) },
      ...(followUp.ownerMemberId ? [{ url: 'ownerMember', valueReference: referenceTo('RelatedPerson', followUp.ownerMemberId) }] : []),
      { url: 'due', valueDate: followUp.dueOn },
      { url: 'done', valueBoolean: followUp.done },
    ],
  };
}

/** The clinical-only fields (CLINICAL_ONLY_FIELDS), one extension each. */
function clinicalOnlyExtensions(session: FamilySession, urls: FhirUrls): Extension[] {
  return [
    ...textExtensions(urls, 'sessionDynamicsObservations', session.dynamicsObservations),
    ...textExtensions(urls, 'sessionRiskConcerns', session.riskConcerns),
    ...(session.riskReview
      ? [
          {
            url: urls.extension('sessionRiskReview'),
            extension: [
              { url: 'reviewedAt', valueDateTime: session.riskReview.reviewedAt },
              { url: 'reviewedBy', valueReference: referenceTo('Practitioner', session.riskReview.reviewedBy) },
              ...(session.riskReview.note.trim() !== '' ? [{ url: 'note', valueString: session.riskReview.note }] : []),
            ],
          },
        ]
      : []),
    ...textExtensions(urls, 'sessionDeclinedConsentReason', session.declinedConsentReason),
  ];
}

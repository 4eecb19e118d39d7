import { CLIENT_STATUSES, FAMILY_CONSENT, PRIMARY_CONCERNS } from '@domain/clients/client-codes';
import type { Client } from '@domain/clients/client';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY, type MeasureResponse } from '@domain/measures/measure';
import { CONSENT_STATE_LABELS, consentStateOn } from '@domain/network/consent-state';
import { CONTACT_FREQUENCIES, RELATIONSHIPS, TIE_QUALITIES, TIE_STRENGTHS, TREATMENT_INVOLVEMENT } from '@domain/network/network-codes';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { bandLabel, formatScore } from '../../measures/measure-words';
import { supportTypesInWords } from '../../network/member-description';

/** The client record's facts as label and value pairs, in the order the page prints them. */
export function recordFacts(client: Client): { label: string; value: string }[] {
  return [
    { label: 'Preferred name', value: client.preferredName },
    { label: 'Legal name', value: client.legalName },
    { label: 'Date of birth', value: formatCalendarDate(client.dateOfBirth) },
    { label: 'Case number', value: client.caseNumber },
    { label: 'Pronouns', value: client.pronouns || 'Not recorded' },
    { label: 'Primary concerns', value: client.primaryConcerns.map((concern) => PRIMARY_CONCERNS[concern]).join(', ') || 'None recorded' },
    { label: 'Treatment start', value: formatCalendarDate(client.treatmentStart) },
    {
      label: 'Status',
      value:
        client.status === 'discharged' && client.dischargedOn
          ? `Discharged on ${formatCalendarDate(client.dischargedOn)}${client.dischargeReason ? ` (${client.dischargeReason})` : ''}`
          : CLIENT_STATUSES[client.status],
    },
    { label: 'Family involvement consent', value: FAMILY_CONSENT[client.familyConsent] },
    { label: 'Therapist', value: client.therapistName },
  ];
}

/** One line about a member's facts: "Sibling. Strong, supportive tie; emotional support; contact weekly; informed." */
export function memberFactsLine(facts: NetworkMemberFacts, onDate: string): string {
  const support = facts.supportTypes.length > 0 ? `${supportTypesInWords(facts.supportTypes)} support` : 'no support type recorded';
  return [
    `${RELATIONSHIPS[facts.relationship].label}.`,
    `${TIE_STRENGTHS[facts.tieStrength]}, ${TIE_QUALITIES[facts.tieQuality].toLowerCase()} tie;`,
    `${support};`,
    `contact ${CONTACT_FREQUENCIES[facts.contactFrequency].toLowerCase()};`,
    `involvement: ${TREATMENT_INVOLVEMENT[facts.involvement].toLowerCase()}.`,
    `${CONSENT_STATE_LABELS[consentStateOn(facts.consent, onDate)]}.`,
  ].join(' ');
}

/** A measure's row in the printed table. */
export function measureRow(measure: MeasureResponse): { date: string; instrument: string; completedBy: string; total: string; band: string; subscales: string } {
  const instrument = instrumentOf(measure.instrument);
  return {
    date: formatCalendarDate(measure.administeredOn),
    instrument: instrument.shortName,
    completedBy: COMPLETED_BY[measure.completedBy],
    total: formatScore(measure.instrument, measure.scores.total),
    band: bandLabel(measure.instrument, measure.scores.band),
    subscales: instrument.subscales
      .map((subscale) => `${subscale.name} ${formatScore(measure.instrument, measure.scores.subscales[subscale.code] ?? 0)}`)
      .join(', '),
  };
}

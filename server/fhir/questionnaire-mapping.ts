import type { Coding, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import type { Instrument, InstrumentItem } from '@domain/measures/instrument';
import { clinicCoding } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { HL7, LOINC_CODES } from './hl7-codes';

/** Link ids: `<n>` for item n, `group-<code>` for a printed heading (LSNS-6's family and friends). */
export const itemLinkId = (item: InstrumentItem) => String(item.number);
const groupLinkId = (group: string) => `group-${group.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The answer options' coding: the clinic's code `<instrument>-answer-<value>`, with the value as its ordinal. */
export function answerCoding(instrument: Instrument, value: number, urls: FhirUrls): Coding {
  const option = instrument.responseOptions.find((candidate) => candidate.value === value);
  return clinicCoding(urls, 'instrument', `${instrument.code}-answer-${value}`, option?.label ?? String(value));
}

/**
 * One instrument as a canonical Questionnaire (the clinic's URL, the instrument's version of the
 * items and answer options from domain/measures). LSNS-6's headings become groups, as printed.
 */
export function toQuestionnaire(instrument: Instrument, urls: FhirUrls): Questionnaire {
  const loinc = LOINC_CODES[instrument.code];
  return {
    resourceType: 'Questionnaire',
    id: instrument.code,
    url: urls.questionnaire(instrument.code),
    name: instrument.shortName.replace(/[^A-Za-z0-9]/g, ''),
    title: `${instrument.name} (${instrument.shortName})`,
    status: 'active',
    subjectType: ['Patient'],
    description: `${instrument.instructions} Scoring: ${instrument.totalRule}`,
    copyright: instrument.citation,
    code: [...(loinc ? [loinc] : []), clinicCoding(urls, 'instrument', instrument.code, instrument.name)],
    item: groupedItems(instrument, urls),
  };
}

function groupedItems(instrument: Instrument, urls: FhirUrls): QuestionnaireItem[] {
  const result: QuestionnaireItem[] = [];
  for (const item of instrument.items) {
    const question = toQuestion(instrument, item, urls);
    const group = item.group;
    const last = result.at(-1);
    if (!group) {
      result.push(question);
    } else if (last?.type === 'group' && last.text === group) {
      last.item!.push(question);
    } else {
      result.push({ linkId: groupLinkId(group), type: 'group', text: group, item: [question] });
    }
  }
  return result;
}

function toQuestion(instrument: Instrument, item: InstrumentItem, urls: FhirUrls): QuestionnaireItem {
  const loinc = LOINC_CODES[`${instrument.code}/${item.number}`];
  return {
    linkId: itemLinkId(item),
    prefix: `${item.number}.`,
    text: item.text,
    type: 'choice',
    required: true,
    code: [...(loinc ? [loinc] : []), clinicCoding(urls, 'instrument', `${instrument.code}-item-${item.number}`, item.text)],
    answerOption: instrument.responseOptions.map((option) => ({
      valueCoding: {
        ...answerCoding(instrument, option.value, urls),
        extension: [{ url: HL7.ordinalValue, valueDecimal: option.value }],
      },
    })),
  };
}

/** The group an item sits in, as the questionnaire has it (QuestionnaireResponse mirrors it). */
export function groupOf(item: InstrumentItem): { linkId: string; text: string } | null {
  return item.group ? { linkId: groupLinkId(item.group), text: item.group } : null;
}

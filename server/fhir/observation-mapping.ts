import type { CodeableConcept, Coding, Observation } from '@medplum/fhirtypes';
import type { Instrument } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse } from '@domain/measures/measure';
import { clinicCoding, clinicConcept, referenceTo } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { HL7, INTERPRETATION, SURVEY_CATEGORY } from './hl7-codes';

/**
 * How each band reads in HL7's interpretation codes, beside the clinic's own band code: low perceived
 * support and a small network are Low, loneliness High; the rest of each scale Normal.
 */
const BAND_INTERPRETATION: Readonly<Record<string, Coding>> = {
  'mspss/low': INTERPRETATION.low,
  'mspss/moderate': INTERPRETATION.normal,
  'mspss/high': INTERPRETATION.high,
  'lsns-6/isolation-risk': INTERPRETATION.low,
  'lsns-6/not-at-risk': INTERPRETATION.normal,
  'ucla-3/not-lonely': INTERPRETATION.normal,
  'ucla-3/lonely': INTERPRETATION.high,
};

function interpretationOf(instrument: Instrument, bandCode: string, urls: FhirUrls): CodeableConcept {
  const band = instrument.bands.find((candidate) => candidate.code === bandCode);
  const label = band?.label ?? bandCode;
  const hl7 = BAND_INTERPRETATION[`${instrument.code}/${bandCode}`];
  return { coding: [clinicCoding(urls, 'band', `${instrument.code}-${bandCode}`, label), ...(hl7 ? [hl7] : [])], text: label };
}

/** The total (with its band as interpretation) and each subscale of one measure, derived from its answers. */
export function toScoreObservations(measure: MeasureResponse, urls: FhirUrls): Observation[] {
  const instrument = instrumentOf(measure.instrument);
  const base = (key: string, name: string, value: number): Observation => ({
    resourceType: 'Observation',
    id: `${measure.id}-${key}`,
    status: measure.amended ? 'amended' : 'final',
    category: [{ coding: [SURVEY_CATEGORY] }],
    code: clinicConcept(urls, 'instrument', `${instrument.code}-${key}`, `${instrument.shortName} ${name}`),
    subject: referenceTo('Patient', measure.clientId),
    effectiveDateTime: measure.administeredOn,
    valueQuantity: { value: Number(value.toFixed(instrument.decimals)), unit: 'score', system: HL7.ucum, code: '{score}' },
    derivedFrom: [referenceTo('QuestionnaireResponse', measure.id)],
  });
  return [
    { ...base('total', 'total score', measure.scores.total), interpretation: [interpretationOf(instrument, measure.scores.band, urls)] },
    ...instrument.subscales.map((subscale) => base(subscale.code, `${subscale.name.toLowerCase()} subscale`, measure.scores.subscales[subscale.code] ?? 0)),
  ];
}

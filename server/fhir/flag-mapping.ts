import type { Flag } from '@medplum/fhirtypes';
import { MEASURE_FLAGS, type MeasureFlag } from '@domain/measures/measure-flags';
import { clinicConcept, referenceTo } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { CLINICAL_FLAG } from './hl7-codes';

/** One of the client's flags as of today (they are derived, so only active ones exist). */
export function toFlag(flag: MeasureFlag, clientId: string, urls: FhirUrls): Flag {
  return {
    resourceType: 'Flag',
    id: `${clientId}-${flag}`,
    status: 'active',
    category: [{ coding: [CLINICAL_FLAG] }],
    code: clinicConcept(urls, 'clientFlag', flag, MEASURE_FLAGS[flag]),
    subject: referenceTo('Patient', clientId),
  };
}

import type { FhirImportPreview } from '@domain/clients/fhir-import';

/** What a bundle with one client, two network members and one measure would create. */
export function fhirPreview(changes: Partial<FhirImportPreview> = {}): FhirImportPreview {
  return {
    client: {
      preferredName: 'Sam',
      legalName: 'Samantha Reed',
      dateOfBirth: '1990-04-02',
      caseNumber: 'CC-2001',
      pronouns: 'she/her',
      primaryConcerns: ['depression', 'anxiety'],
      familyConsent: 'granted',
      treatmentStart: '2026-01-10',
      status: 'active',
      dischargedOn: null,
    },
    members: [
      { name: 'Jo Reed', relationship: 'sibling', activeFrom: '2026-01-10', endedOn: null, consent: 'granted' },
      { name: 'Pat Reed', relationship: 'parent', activeFrom: '2026-01-10', endedOn: '2026-06-01', consent: 'declined' },
    ],
    measures: [{ instrument: 'mspss', administeredOn: '2026-02-01', total: 4.5, band: 'moderate' }],
    notices: ['Pronouns were not in the bundle.'],
    recomputed: { Observation: 4, Flag: 1 },
    ...changes,
  };
}

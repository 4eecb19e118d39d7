let caseNumber = 5000;

/**
 * A small FHIR bundle as another system might send it: a Patient with given/family names and its
 * own identifier, and one RelatedPerson coded with an HL7 RoleCode, no CareCircle extensions.
 */
export function foreignBundle(overrides: { caseNumber?: string; relationship?: unknown; extra?: unknown[] } = {}): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: 'https://elsewhere.example/fhir/Patient/p1',
        resource: {
          resourceType: 'Patient',
          id: 'p1',
          identifier: [{ system: 'https://elsewhere.example/mrn', value: overrides.caseNumber ?? `EXT-${caseNumber++}` }],
          name: [{ use: 'official', given: ['Jordan'], family: 'Imported' }],
          birthDate: '1991-03-14',
        },
      },
      {
        fullUrl: 'https://elsewhere.example/fhir/RelatedPerson/r1',
        resource: {
          resourceType: 'RelatedPerson',
          id: 'r1',
          patient: { reference: 'Patient/p1' },
          relationship: [overrides.relationship ?? { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] }],
          name: [{ text: 'Alex Imported' }],
          period: { start: '2000-01-01' },
        },
      },
      ...(overrides.extra ?? []),
    ],
  };
}

import * as z from '../validation/z';

/** The largest FHIR bundle an import accepts (a client with years of measures is well under 1 MiB); larger → 413. */
export const FHIR_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** What importing a bundle would create, shown before anything is stored. */
export const fhirImportPreviewSchema = z.object({
  client: z.object({
    preferredName: z.string(),
    legalName: z.string(),
    dateOfBirth: z.string(),
    caseNumber: z.string(),
    pronouns: z.string(),
    primaryConcerns: z.array(z.string()).readonly(),
    familyConsent: z.string(),
    treatmentStart: z.string(),
    status: z.string(),
    dischargedOn: z.string().nullable(),
  }),
  members: z
    .array(z.object({ name: z.string(), relationship: z.string(), activeFrom: z.string(), endedOn: z.string().nullable(), consent: z.string() }))
    .readonly(),
  /** Scored by the domain, as they will be stored. */
  measures: z.array(z.object({ instrument: z.string(), administeredOn: z.string(), total: z.number(), band: z.string() })).readonly(),
  /** What the import filled in or derives again, for the clinician to review. */
  notices: z.array(z.string()).readonly(),
  /** Resources of the bundle computed again rather than read (Observation, Flag, …), by type. */
  recomputed: z.record(z.string(), z.number()),
});
export type FhirImportPreview = z.infer<typeof fhirImportPreviewSchema>;

export const fhirImportResultSchema = z.object({
  clientId: z.string(),
  members: z.number().int(),
  measures: z.number().int(),
});
export type FhirImportResult = z.infer<typeof fhirImportResultSchema>;

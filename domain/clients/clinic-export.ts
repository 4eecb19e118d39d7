import * as z from '../validation/z';

/** The FHIR Bulk Data manifest of a clinic export: one NDJSON file per resource type, with its line count for progress. */
export const clinicExportManifestSchema = z.object({
  transactionTime: z.string(),
  requiresAccessToken: z.boolean(),
  output: z.array(z.object({ type: z.string(), url: z.string(), count: z.number().int() })).readonly(),
  error: z.array(z.unknown()).readonly(),
});
export type ClinicExportManifest = z.infer<typeof clinicExportManifestSchema>;

export const clinicExportParamsSchema = z.strictObject({
  file: z.enum(['Patient.ndjson', 'EpisodeOfCare.ndjson', 'Practitioner.ndjson'], { error: 'Unknown export file.' }),
});
export type ClinicExportParams = z.infer<typeof clinicExportParamsSchema>;

import * as z from '../validation/z';

/** The largest caseload file an import accepts (about 10,000 rows); larger → 413. */
export const CASELOAD_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The columns of a caseload CSV, in the header's words: the create-client form's fields and the
 * assigned therapist's email. `primaryConcerns` lists concern codes separated by ";".
 */
export const CASELOAD_COLUMNS = [
  'caseNumber',
  'legalName',
  'preferredName',
  'dateOfBirth',
  'pronouns',
  'primaryConcerns',
  'treatmentStart',
  'familyConsent',
  'therapistEmail',
] as const;
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];
/** Columns a file may leave out: no pronouns, and the preferred name is the legal name. */
export const OPTIONAL_CASELOAD_COLUMNS: readonly CaseloadColumn[] = ['pronouns', 'preferredName'];

export const caseloadImportRequestSchema = z.strictObject({
  csv: z.string({ error: 'Required.' }).min(1, { error: 'The file is empty.' }),
  /**
   * `all` (the default) stores nothing unless every row is valid; `valid-only` stores the valid
   * rows and leaves out the others, which the user chose knowingly.
   */
  mode: z.enum(['all', 'valid-only'], { error: 'Unknown mode.' }).default('all'),
});
export type CaseloadImportRequest = z.infer<typeof caseloadImportRequestSchema>;

export const caseloadPreviewRequestSchema = caseloadImportRequestSchema.pick({ csv: true });
export type CaseloadPreviewRequest = z.infer<typeof caseloadPreviewRequestSchema>;

const rowErrorSchema = z.object({ column: z.string(), message: z.string() });

/** One data row: the spreadsheet's row number (the header is row 1), its case number, its problems. */
export const caseloadRowResultSchema = z.object({
  row: z.number().int(),
  caseNumber: z.string(),
  errors: z.array(rowErrorSchema).readonly(),
});
export type CaseloadRowResult = z.infer<typeof caseloadRowResultSchema>;

export const caseloadPreviewSchema = z.object({
  rows: z.array(caseloadRowResultSchema).readonly(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
});
export type CaseloadPreview = z.infer<typeof caseloadPreviewSchema>;

export const caseloadImportResultSchema = z.object({
  imported: z.number().int(),
  /** Row numbers left out (only with `valid-only`). */
  skippedRows: z.array(z.number().int()).readonly(),
});
export type CaseloadImportResult = z.infer<typeof caseloadImportResultSchema>;

import { CASELOAD_COLUMNS, type CaseloadColumn, type CaseloadRowResult, OPTIONAL_CASELOAD_COLUMNS } from '@domain/clients/caseload-import';
import { type CreateClientRequest, createClientRequestSchema } from '@domain/clients/client-requests';
import type { FieldError } from '@domain/validation/field-errors';
import { CsvSyntaxError, parseCsv } from './csv';

/** A row as checked: its errors, and what it would create when it has none. */
export interface CheckedRow extends CaseloadRowResult {
  readonly client?: CreateClientRequest & { readonly therapistId: string };
}

/** What the rows are checked against in the clinic: therapists by email, case numbers already used. */
export interface CaseloadLookups {
  /** Active therapists the importing user may assign, by lower-case email. */
  readonly therapists: ReadonlyMap<string, string>;
  readonly caseNumberTaken: (caseNumber: string) => boolean;
}

export type CaseloadReading = { readonly rows: readonly CheckedRow[] } | { readonly errors: readonly FieldError[] };

/**
 * Reads a caseload CSV: the header names the columns (any order, CASELOAD_COLUMNS), each row is
 * judged by the create-client form's own schema, its therapist must be an active therapist, and its
 * case number new to the clinic and to the file. A file that cannot be read as CSV, or whose header
 * is wrong, is an error of the whole file.
 */
export function readCaseload(csv: string, lookups: CaseloadLookups): CaseloadReading {
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { errors: [{ field: 'csv', message: error.message }] };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) {
    return { errors: [{ field: 'csv', message: 'The file has no header row.' }] };
  }
  const names = header.fields.map((name) => name.trim());
  const headerErrors: FieldError[] = [
    ...names.filter((name) => !(CASELOAD_COLUMNS as readonly string[]).includes(name)).map((name) => ({ field: 'csv', message: `Unknown column "${name}" (the columns are ${CASELOAD_COLUMNS.join(', ')}).` })),
    ...CASELOAD_COLUMNS.filter((column) => !names.includes(column) && !OPTIONAL_CASELOAD_COLUMNS.includes(column)).map((column) => ({ field: 'csv', message: `Missing column "${column}".` })),
    ...names.filter((name, index) => names.indexOf(name) !== index).map((name) => ({ field: 'csv', message: `Column "${name}" appears twice.` })),
  ];
  if (headerErrors.length > 0) {
    return { errors: headerErrors };
  }
  if (data.length === 0) {
    return { errors: [{ field: 'csv', message: 'The file has a header but no rows.' }] };
  }
  const seen = new Map<string, number>();
  const rows = data.map((record) => {
    const value = (column: CaseloadColumn) => {
      const index = names.indexOf(column);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };
    const errors: { column: string; message: string }[] = [];
    if (record.fields.length !== names.length) {
      errors.push({ column: '(row)', message: `Has ${record.fields.length} fields; the header has ${names.length}.` });
    }
    const caseNumber = value('caseNumber');
    const candidate = {
      caseNumber,
      legalName: value('legalName'),
      preferredName: value('preferredName') || value('legalName'),
      dateOfBirth: value('dateOfBirth'),
      pronouns: value('pronouns'),
      primaryConcerns: value('primaryConcerns').split(';').map((code) => code.trim()).filter((code) => code !== ''),
      treatmentStart: value('treatmentStart'),
      familyConsent: value('familyConsent'),
    };
    const parsed = createClientRequestSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '(row)');
        // One message per cell: a date in another form fails the format and every date check after it.
        if (!errors.some((error) => error.column === column)) {
          errors.push({ column, message: issue.message });
        }
      }
    }
    const key = caseNumber.toLowerCase();
    if (caseNumber && lookups.caseNumberTaken(caseNumber)) {
      errors.push({ column: 'caseNumber', message: 'Another client already has this case number.' });
    } else if (caseNumber && seen.has(key)) {
      errors.push({ column: 'caseNumber', message: `Also on row ${seen.get(key)}: case numbers are unique.` });
    }
    seen.set(key, seen.get(key) ?? record.line);
    const therapistId = lookups.therapists.get(value('therapistEmail').toLowerCase());
    if (!therapistId) {
      errors.push({ column: 'therapistEmail', message: value('therapistEmail') ? 'Not an active therapist of the clinic.' : 'Required.' });
    }
    const row: CheckedRow = { row: record.line, caseNumber, errors };
    return parsed.success && errors.length === 0 ? { ...row, client: { ...parsed.data, therapistId: therapistId! } } : row;
  });
  return { rows };
}

import { CASELOAD_IMPORT_MAX_BYTES } from '@domain/clients/caseload-import';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';

const HEADER = 'caseNumber,legalName,preferredName,dateOfBirth,pronouns,primaryConcerns,treatmentStart,familyConsent,therapistEmail';

describe('caseload CSV import', () => {
  let t: TestApp;
  let admin: Browser;
  let therapist: TestUser;
  let csv: (rows: string[]) => string;

  const clientCount = async () => (await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    const inactive = await addUser(t, 'therapist', { active: false });
    await addClient(t, therapist.id, { case_number: 'TAKEN-1' });
    const adminUser = await addUser(t, 'admin');
    admin = new Browser(t.app);
    await admin.signIn(adminUser.email);
    csv = (rows) => [HEADER, ...rows].join('\r\n').replaceAll('{therapist}', therapist.email).replaceAll('{inactive}', inactive.email);
  });

  afterAll(async () => t.close());

  const good = (caseNumber: string) => `${caseNumber},"Lee, Sam",Sam,1990-04-12,she/her,depression;anxiety,2026-01-05,granted,{therapist}`;
  const twoBad = (prefix: string) =>
    csv([
      good(`${prefix}-1`),
      `${prefix}-2,Robin Example,,12/04/1990,,depression,2026-01-05,granted,{therapist}`,
      good(`${prefix}-3`),
      `${prefix}-4,Ash Example,Ash,1988-01-01,,worry,2026-01-05,maybe,{inactive}`,
    ]);

  it('previews each row with its errors by row and column, and stores nothing', async () => {
    const before = await clientCount();
    const response = await admin.request('POST', '/api/v1/caseload-imports/preview', { csv: twoBad('P') });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview).toEqual(jasmine.objectContaining({ validRows: 2, invalidRows: 2 }));
    expect(preview.rows.map((row: { row: number; errors: { column: string }[] }) => [row.row, row.errors.map((error) => error.column)])).toEqual([
      [2, []],
      [3, ['dateOfBirth']],
      [4, []],
      [5, ['primaryConcerns', 'familyConsent', 'therapistEmail']],
    ]);
    expect(JSON.stringify(preview)).not.toContain('Lee, Sam');
    expect(await clientCount()).toBe(before);
  });

  it('imports nothing while any row is invalid, naming each row and column', async () => {
    const before = await clientCount();
    const response = await admin.request('POST', '/api/v1/caseload-imports', { csv: twoBad('A') });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'row 3.dateOfBirth',
      'row 5.primaryConcerns',
      'row 5.familyConsent',
      'row 5.therapistEmail',
    ]);
    expect(await clientCount()).toBe(before);
  });

  it('imports every row of a valid file, assigned to its therapist and audited', async () => {
    const response = await admin.request('POST', '/api/v1/caseload-imports', { csv: csv([good('OK-1'), good('OK-2')]) });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ imported: 2, skippedRows: [] });
    const rows = await t.database.db.selectFrom('clients').select(['therapist_id', 'legal_name']).where('case_number', 'in', ['OK-1', 'OK-2']).execute();
    expect(rows).toEqual([
      { therapist_id: therapist.id, legal_name: 'Lee, Sam' },
      { therapist_id: therapist.id, legal_name: 'Lee, Sam' },
    ]);
    const concerns = await t.database.db.selectFrom('client_concerns').innerJoin('clients', 'clients.id', 'client_concerns.client_id').select('concern').where('case_number', '=', 'OK-1').execute();
    expect(concerns.map((row) => row.concern).sort()).toEqual(['anxiety', 'depression']);
    const audit = await t.database.db.selectFrom('audit_events').select('record_type').where('action', '=', 'import').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('imports only the valid rows when the user chooses so, listing the rows left out', async () => {
    const response = await admin.request('POST', '/api/v1/caseload-imports', { csv: twoBad('V'), mode: 'valid-only' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ imported: 2, skippedRows: [3, 5] });
    const stored = await t.database.db.selectFrom('clients').select('case_number').where('case_number', 'like', 'V-%').orderBy('case_number').execute();
    expect(stored.map((row) => row.case_number)).toEqual(['V-1', 'V-3']);
  });

  it('finds case numbers already in the clinic or twice in the file', async () => {
    const preview = (await admin.request('POST', '/api/v1/caseload-imports/preview', { csv: csv([good('taken-1'), good('D-1'), good('d-1')]) })).json();
    expect(preview.rows.map((row: { errors: { column: string; message: string }[] }) => row.errors.map((error) => error.message))).toEqual([
      ['Another client already has this case number.'],
      [],
      ['Also on row 3: case numbers are unique.'],
    ]);
  });

  it('refuses a file with a wrong header or broken quoting as a whole', async () => {
    const wrong = await admin.request('POST', '/api/v1/caseload-imports/preview', { csv: 'caseNumber,name\nX,Y\n' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors.map((error: { message: string }) => error.message)).toContain('Unknown column "name" (the columns are caseNumber, legalName, preferredName, dateOfBirth, pronouns, primaryConcerns, treatmentStart, familyConsent, therapistEmail).');
    const broken = await admin.request('POST', '/api/v1/caseload-imports', { csv: `${HEADER}\n"open,quote\n` });
    expect(broken.statusCode).toBe(400);
  });

  it('refuses a file over the stated limit with 413, storing nothing', async () => {
    const before = await clientCount();
    const response = await admin.request('POST', '/api/v1/caseload-imports', { csv: csv([good('BIG-1')]) + '\n'.repeat(CASELOAD_IMPORT_MAX_BYTES) });
    expect(response.statusCode).toBe(413);
    expect(await clientCount()).toBe(before);
  });
});

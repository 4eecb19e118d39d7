import { v7 as uuidv7 } from 'uuid';
import type { NewClientRow } from '../../db/database';
import type { TestApp } from './test-app';

let caseNumber = 1000;

/** Inserts a client directly (specs of other routes need records without going through the API). */
export async function addClient(t: TestApp, therapistId: string, overrides: Partial<NewClientRow> = {}): Promise<string> {
  const id = uuidv7();
  const now = t.clock.now().toISOString();
  await t.database.db
    .insertInto('clients')
    .values({
      id,
      preferred_name: 'Sam',
      legal_name: 'Samantha Example',
      date_of_birth: '1990-04-12',
      case_number: `CC-${caseNumber++}`,
      pronouns: 'she/her',
      treatment_start: '2026-01-05',
      status: 'active',
      discharged_on: null,
      discharge_reason: null,
      family_consent: 'granted',
      therapist_id: therapistId,
      version: 1,
      created_at: now,
      created_by: therapistId,
      updated_at: now,
      updated_by: therapistId,
      ...overrides,
    })
    .execute();
  await t.database.db.insertInto('client_concerns').values({ client_id: id, concern: 'depression' }).execute();
  return id;
}

/** A valid create-client body; override fields to make it invalid. */
export function clientBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    preferredName: 'Robin',
    legalName: 'Robin Q. Example',
    dateOfBirth: '1985-09-30',
    caseNumber: `NEW-${caseNumber++}`,
    pronouns: 'they/them',
    primaryConcerns: ['anxiety', 'grief'],
    treatmentStart: '2026-02-01',
    familyConsent: 'partial',
    ...overrides,
  };
}

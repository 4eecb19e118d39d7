import { expect, type Page } from '@playwright/test';

/**
 * Sets up records through the API with the signed-in page's own cookies (and its XSRF token, as
 * the SPA sends it), for journeys that start from "a client with a support network".
 */
async function post(page: Page, url: string, body: unknown): Promise<{ id: string }> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.post(url, { data: body, headers: { 'x-xsrf-token': xsrf } });
  expect(response.status(), `POST ${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string };
}

/** Sends a request with the signed-in page's cookies and XSRF token, as the SPA does; fails on any non-2xx. */
export async function send(page: Page, method: 'POST' | 'PUT', url: string, body: unknown): Promise<{ id: string; version: number }> {
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, data: body, headers: { 'x-xsrf-token': xsrf } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as { id: string; version: number };
}

/** A local calendar date `days` from today, as a date input takes it. */
export function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A suffix that keeps this run's names apart from the demo clinic and earlier runs. */
export const uniqueSuffix = () => Math.random().toString(36).slice(2, 7).toUpperCase();

export async function createClient(page: Page, preferredName: string, treatmentStart = '2026-02-01'): Promise<string> {
  const { id } = await post(page, '/api/v1/clients', {
    preferredName,
    legalName: `${preferredName} Example`,
    dateOfBirth: '1985-09-30',
    caseNumber: `E2E-${uniqueSuffix()}`,
    pronouns: 'they/them',
    primaryConcerns: ['depression'],
    treatmentStart,
    familyConsent: 'granted',
  });
  return id;
}

export async function addConsentingMember(page: Page, clientId: string, name: string, relationship: string): Promise<string> {
  const { id } = await post(page, `/api/v1/clients/${clientId}/network`, {
    name,
    relationship,
    supportTypes: ['emotional', 'companionship'],
    tieStrength: 'strong',
    tieQuality: 'supportive',
    energyFlow: 'both',
    contactFrequency: 'weekly',
    livesWithClient: false,
    involvement: 'attends-sessions',
    consent: { status: 'granted', scope: 'Attendance and progress', givenOn: '2026-02-01', expiresOn: '2027-12-31' },
    emergencyContact: false,
    boundariesNote: '',
    activeFrom: '2026-01-05',
  });
  return id;
}

/** A support note written today, about nobody in particular. */
export async function addNote(page: Page, clientId: string, text: string): Promise<string> {
  const { id } = await post(page, `/api/v1/clients/${clientId}/notes`, { noteDate: new Date().toISOString().slice(0, 10), text, memberIds: [] });
  return id;
}

/** Amends a note as another tab (or colleague) would, from the version it read. */
export async function amendNote(page: Page, clientId: string, noteId: string, text: string, version: number): Promise<void> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const url = `/api/v1/clients/${clientId}/notes/${noteId}/amendments`;
  const response = await page.request.post(url, { data: { text, memberIds: [], reason: 'Changed elsewhere', version }, headers: { 'x-xsrf-token': xsrf } });
  expect(response.status(), `POST ${url}: ${await response.text()}`).toBe(200);
}

/** The therapist (the signed-in page) refers their own client to a group the clinic runs, with the client's consent. */
export async function referToGroup(page: Page, clientId: string, groupId: string): Promise<string> {
  const today = localDate(0);
  const referral = (await post(page, `/api/v1/clients/${clientId}/referrals`, {
    groupId,
    consentToShare: true,
    consentGivenOn: today,
    sharedDetails: ['name'],
    referredOn: today,
  })) as unknown as { enrolmentId: string };
  return referral.enrolmentId;
}

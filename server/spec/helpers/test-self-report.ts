import type { LightMyRequestResponse } from 'fastify';
import type { Browser } from './test-app';

/** The token at the end of a self-report link. */
export const tokenOf = (link: string): string => link.slice(link.lastIndexOf('/') + 1);

/** A fresh MSPSS link sent by the signed-in therapist; returns the request and its token. */
export async function sendMspss(browser: Browser, clientId: string, body: Record<string, unknown> = {}): Promise<{ id: string; version: number; token: string; response: LightMyRequestResponse }> {
  const response = await browser.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['mspss'], ...body });
  const json = response.json();
  return { id: json.request?.id, version: json.request?.version, token: json.link ? tokenOf(json.link) : '', response };
}

export const MSPSS_ANSWERS = [7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6];

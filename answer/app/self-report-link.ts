import { Injectable } from '@angular/core';
import type { PublicForm } from '@domain/self-report/public-form';
import type { FieldError } from '@domain/validation/field-errors';

/** What became of loading the form behind a link. */
export type LoadOutcome =
  | { readonly outcome: 'form'; readonly form: PublicForm }
  | { readonly outcome: 'unusable' }
  | { readonly outcome: 'rate-limited' }
  | { readonly outcome: 'unavailable' };

/** What became of sending the answers. */
export type SubmitOutcome =
  | { readonly outcome: 'sent' }
  | { readonly outcome: 'invalid'; readonly errors: readonly FieldError[] }
  | { readonly outcome: 'unusable' }
  | { readonly outcome: 'rate-limited' }
  | { readonly outcome: 'unavailable' };

/**
 * The page's one conversation with the server, about one link. The token is held here, in memory
 * only. Plain `fetch` rather than HttpClient keeps the download small; no cookie goes either way
 * (`credentials: 'omit'`) and no referrer leaves the page.
 */
@Injectable({ providedIn: 'root' })
export class SelfReportLink {
  private token: string | null = null;

  open(token: string): void {
    this.token = token;
  }

  async load(): Promise<LoadOutcome> {
    const response = await this.call('GET');
    if (response?.status === 200) {
      const form = await readJson(response);
      return form ? { outcome: 'form', form: form as PublicForm } : { outcome: 'unavailable' };
    }
    return { outcome: failureOf(response) };
  }

  async submit(answers: object): Promise<SubmitOutcome> {
    const response = await this.call('POST', answers);
    if (response?.ok) {
      return { outcome: 'sent' };
    }
    if (response?.status === 400) {
      const problem = (await readJson(response)) as { errors?: FieldError[] } | null;
      return { outcome: 'invalid', errors: problem?.errors ?? [] };
    }
    return { outcome: failureOf(response) };
  }

  /** Null when the request never got an answer (offline, connection dropped). */
  private async call(method: 'GET' | 'POST', body?: object): Promise<Response | null> {
    if (this.token === null) {
      throw new Error('No link was opened.');
    }
    try {
      return await fetch(`/api/public/self-report/${encodeURIComponent(this.token)}`, {
        method,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return null;
    }
  }
}

function failureOf(response: Response | null): 'unusable' | 'rate-limited' | 'unavailable' {
  switch (response?.status) {
    // 410 is the contract's one answer for a dead link; a 404 (a token the route refused) means the same to the reader.
    case 404:
    case 410:
      return 'unusable';
    case 429:
      return 'rate-limited';
    default:
      return 'unavailable';
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

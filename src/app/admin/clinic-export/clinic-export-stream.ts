import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { ClinicExportManifest } from '@domain/clients/clinic-export';
import { Observable } from 'rxjs';

const MANIFEST_URL = '/api/v1/clinic-export';
const NEWLINE = 0x0a;

/** What the export has got to: the manifest, a file growing chunk by chunk, a file complete. */
export type ClinicExportEvent =
  | { readonly kind: 'manifest'; readonly transactionTime: string; readonly files: readonly { readonly type: string; readonly count: number }[] }
  | { readonly kind: 'progress'; readonly type: string; readonly resources: number; readonly bytes: number }
  | { readonly kind: 'file'; readonly type: string; readonly resources: number; readonly bytes: number; readonly url: string };

/**
 * Runs the administrator's clinic export: reads the FHIR Bulk Data manifest, then streams each
 * NDJSON file it lists with fetch and a ReadableStream reader, counting resources (lines) and bytes
 * as the chunks arrive. HttpClient is not used here because it hands over a body only once it is
 * whole (or as an ever-growing text), so neither counting lines as they arrive nor keeping the text
 * off the JavaScript heap would be possible.
 *
 * Each file's chunks become a Blob, offered to the user as an object URL: the store and the page
 * hold only that short URL, and the browser keeps the bytes in its blob storage (Chromium moves
 * large blobs to disk), so the export is never one JavaScript string. The URLs live until
 * `release()` (a new export, leaving the page). Unsubscribing aborts the requests: that is cancel.
 */
@Injectable({ providedIn: 'root' })
export class ClinicExportStream {
  private readonly urls = new Set<string>();

  run(): Observable<ClinicExportEvent> {
    return new Observable<ClinicExportEvent>((subscriber) => {
      const abort = new AbortController();
      const emit = (event: ClinicExportEvent) => subscriber.next(event);
      this.exportInto(emit, abort.signal).then(
        () => subscriber.complete(),
        (error: unknown) => {
          if (!abort.signal.aborted) {
            subscriber.error(error);
          }
        },
      );
      return () => abort.abort();
    });
  }

  /** Frees the files of earlier exports. */
  release(): void {
    for (const url of this.urls) {
      URL.revokeObjectURL(url);
    }
    this.urls.clear();
  }

  private async exportInto(emit: (event: ClinicExportEvent) => void, signal: AbortSignal): Promise<void> {
    const manifest = (await (await request(MANIFEST_URL, 'application/json', signal)).json()) as ClinicExportManifest;
    emit({ kind: 'manifest', transactionTime: manifest.transactionTime, files: manifest.output.map(({ type, count }) => ({ type, count })) });
    for (const file of manifest.output) {
      const response = await request(file.url, 'application/fhir+ndjson', signal);
      const reader = response.body!.getReader();
      const parts: Uint8Array[] = [];
      let resources = 0;
      let bytes = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        parts.push(chunk.value);
        bytes += chunk.value.byteLength;
        resources += linesIn(chunk.value);
        emit({ kind: 'progress', type: file.type, resources, bytes });
      }
      const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: 'application/fhir+ndjson' }));
      this.urls.add(url);
      emit({ kind: 'file', type: file.type, resources, bytes, url });
    }
  }
}

/** One GET; a failed answer becomes an HttpErrorResponse carrying its problem document, as HttpClient would give. */
async function request(url: string, accept: string, signal: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) {
      throw error;
    }
    throw new HttpErrorResponse({ status: 0, url });
  }
  if (!response.ok || !response.body) {
    const problem: unknown = await response.json().catch(() => null);
    throw new HttpErrorResponse({ status: response.status, statusText: response.statusText, error: problem, url });
  }
  return response;
}

/** NDJSON holds one resource per line, each line ending in a newline. */
function linesIn(chunk: Uint8Array): number {
  let lines = 0;
  for (const byte of chunk) {
    if (byte === NEWLINE) {
      lines++;
    }
  }
  return lines;
}

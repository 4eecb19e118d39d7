import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, toArray } from 'rxjs';
import { ClinicExportStream } from './clinic-export-stream';

describe('ClinicExportStream', () => {
  const manifest = {
    transactionTime: '2026-12-07T06:00:00.000Z',
    requiresAccessToken: true,
    output: [
      { type: 'Patient', url: '/api/v1/clinic-export/Patient.ndjson', count: 3 },
      { type: 'Practitioner', url: '/api/v1/clinic-export/Practitioner.ndjson', count: 1 },
    ],
    error: [],
  };
  const encoder = new TextEncoder();
  /** A body arriving in the given chunks, as a network would split it (lines cut anywhere). */
  const chunked = (...chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(encoder.encode(chunk)));
        controller.close();
      },
    });
  let stream: ClinicExportStream;
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let revoke: jasmine.Spy<typeof URL.revokeObjectURL>;

  beforeEach(() => {
    stream = TestBed.inject(ClinicExportStream);
    fetchSpy = spyOn(window, 'fetch');
    revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
  });
  afterEach(() => stream.release());

  function answer(bodies: Record<string, Response>): void {
    fetchSpy.and.callFake(async (input) => bodies[String(input)] ?? new Response(null, { status: 404 }));
  }

  it('reads the manifest, then counts each file’s resources and bytes as chunks arrive', async () => {
    answer({
      '/api/v1/clinic-export': Response.json(manifest),
      '/api/v1/clinic-export/Patient.ndjson': new Response(chunked('{"id":"1"}\n{"id', '":"2"}\n', '{"id":"3"}\n')),
      '/api/v1/clinic-export/Practitioner.ndjson': new Response(chunked('{"id":"t"}\n')),
    });

    const events = await firstValueFrom(stream.run().pipe(toArray()));

    // Object URLs differ each run: only that each file has one.
    const summary: unknown[] = events.map((event) => (event.kind === 'file' ? { ...event, url: event.url.startsWith('blob:') } : event));
    expect(summary).toEqual([
      { kind: 'manifest', transactionTime: '2026-12-07T06:00:00.000Z', files: [{ type: 'Patient', count: 3 }, { type: 'Practitioner', count: 1 }] },
      { kind: 'progress', type: 'Patient', resources: 1, bytes: 15 },
      { kind: 'progress', type: 'Patient', resources: 2, bytes: 22 },
      { kind: 'progress', type: 'Patient', resources: 3, bytes: 33 },
      { kind: 'file', type: 'Patient', resources: 3, bytes: 33, url: true },
      { kind: 'progress', type: 'Practitioner', resources: 1, bytes: 11 },
      { kind: 'file', type: 'Practitioner', resources: 1, bytes: 11, url: true },
    ]);
  });

  it('saves each file whole, as NDJSON, behind its URL', async () => {
    answer({
      '/api/v1/clinic-export': Response.json({ ...manifest, output: [manifest.output[0]] }),
      '/api/v1/clinic-export/Patient.ndjson': new Response(chunked('{"id":"1"}\n{"id', '":"2"}\n')),
    });

    const events = await firstValueFrom(stream.run().pipe(toArray()));
    const file = events.find((event) => event.kind === 'file')!;
    fetchSpy.and.callThrough();
    const saved = await fetch(file.kind === 'file' ? file.url : '');

    expect(await saved.text()).toBe('{"id":"1"}\n{"id":"2"}\n');
    expect(saved.headers.get('content-type')).toBe('application/fhir+ndjson');
  });

  it('fails with the problem document the server answered', async () => {
    const problem = { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only administrators export the clinic.' };
    answer({ '/api/v1/clinic-export': Response.json(problem, { status: 403 }) });

    const failure = await firstValueFrom(stream.run()).catch((error: unknown) => error);

    expect(failure).toEqual(jasmine.any(HttpErrorResponse));
    expect((failure as HttpErrorResponse).status).toBe(403);
    expect((failure as HttpErrorResponse).error).toEqual(problem);
  });

  it('fails as a lost connection when the server cannot be reached', async () => {
    fetchSpy.and.rejectWith(new TypeError('Failed to fetch'));

    const failure = (await firstValueFrom(stream.run()).catch((error: unknown) => error)) as HttpErrorResponse;

    expect(failure.status).toBe(0);
  });

  it('aborts its request when unsubscribed (cancel)', async () => {
    let signal: AbortSignal | undefined;
    fetchSpy.and.callFake((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });

    const subscription = stream.run().subscribe();
    await Promise.resolve();
    subscription.unsubscribe();

    expect(signal?.aborted).toBeTrue();
  });

  it('frees every file it made when released', async () => {
    answer({
      '/api/v1/clinic-export': Response.json(manifest),
      '/api/v1/clinic-export/Patient.ndjson': new Response(chunked('{}\n')),
      '/api/v1/clinic-export/Practitioner.ndjson': new Response(chunked('{}\n')),
    });
    const urls = (await firstValueFrom(stream.run().pipe(toArray()))).flatMap((event) => (event.kind === 'file' ? [event.url] : []));

    stream.release();

    expect(revoke.calls.allArgs()).toEqual(urls.map((url) => [url]));
  });
});

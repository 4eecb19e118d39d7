import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, Observable, of, Subject, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { problemWith } from '../testing/admin-fixtures';
import { ClinicExportPageActions, ClinicExportStreamActions } from './clinic-export.actions';
import * as effects from './clinic-export.effects';
import { type ClinicExportEvent, ClinicExportStream } from './clinic-export-stream';

describe('clinic export effects', () => {
  let actions$: Observable<Action>;
  let stream: jasmine.SpyObj<ClinicExportStream>;

  beforeEach(() => {
    stream = jasmine.createSpyObj<ClinicExportStream>('ClinicExportStream', ['run', 'release']);
    TestBed.configureTestingModule({ providers: [provideMockActions(() => actions$), { provide: ClinicExportStream, useValue: stream }] });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);
  const events: ClinicExportEvent[] = [
    { kind: 'manifest', transactionTime: '2026-12-07T06:00:00.000Z', files: [{ type: 'Patient', count: 2 }] },
    { kind: 'progress', type: 'Patient', resources: 1, bytes: 200 },
    { kind: 'file', type: 'Patient', resources: 2, bytes: 400, url: 'blob:patient' },
  ];

  it('turns the stream’s events into actions and finishes', async () => {
    actions$ = of(ClinicExportPageActions.startClicked());
    stream.run.and.returnValue(of(...events));

    expect(await firstValueFrom(run(effects.runClinicExport).pipe(toArray()))).toEqual([
      ClinicExportStreamActions.manifestReceived({ transactionTime: '2026-12-07T06:00:00.000Z', files: [{ type: 'Patient', count: 2 }] }),
      ClinicExportStreamActions.chunkReceived({ resourceType: 'Patient', resources: 1, bytes: 200 }),
      ClinicExportStreamActions.fileReceived({ resourceType: 'Patient', resources: 2, bytes: 400, url: 'blob:patient' }),
      ClinicExportStreamActions.finished(),
    ]);
  });

  it('passes on the problem the server answered, and does not claim to have finished', async () => {
    const problem = problemWith(403, { detail: 'Only administrators export the clinic.' });
    actions$ = of(ClinicExportPageActions.startClicked());
    stream.run.and.returnValue(new Observable<ClinicExportEvent>((subscriber) => subscriber.error(new HttpErrorResponse({ status: 403, error: problem }))));

    expect(await firstValueFrom(run(effects.runClinicExport).pipe(toArray()))).toEqual([ClinicExportStreamActions.failed({ problem })]);
  });

  it('stops the stream (which aborts its requests) when cancelled', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const exportEvents = cold('a 5ms b 10ms c', { a: events[0]!, b: events[1]!, c: events[2]! });
      stream.run.and.returnValue(exportEvents);
      actions$ = hot('s 3ms x', { s: ClinicExportPageActions.startClicked(), x: ClinicExportPageActions.cancelClicked() });

      expectObservable(run(effects.runClinicExport)).toBe('a', { a: ClinicExportStreamActions.manifestReceived({ transactionTime: '2026-12-07T06:00:00.000Z', files: [{ type: 'Patient', count: 2 }] }) });
      expectSubscriptions(exportEvents.subscriptions).toBe('^ 3ms !');
    });
  });

  it('stops the stream when the page is left', async () => {
    const actions = new Subject<Action>();
    const running = new Subject<ClinicExportEvent>();
    actions$ = actions;
    stream.run.and.returnValue(running);
    const emitted: Action[] = [];
    run(effects.runClinicExport).subscribe((action) => emitted.push(action));

    actions.next(ClinicExportPageActions.startClicked());
    expect(running.observed).toBeTrue();
    actions.next(ClinicExportPageActions.left());

    expect(running.observed).toBeFalse();
    expect(emitted).toEqual([]);
  });

  it('frees the earlier export’s files on opening, starting again and leaving', () => {
    actions$ = of(ClinicExportPageActions.opened(), ClinicExportPageActions.startClicked(), ClinicExportPageActions.left(), ClinicExportPageActions.cancelClicked());
    run(effects.releaseExportFiles).subscribe();

    expect(stream.release).toHaveBeenCalledTimes(3);
  });
});

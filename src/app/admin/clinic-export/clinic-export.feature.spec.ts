import type { Action } from '@ngrx/store';
import { problemWith } from '../testing/admin-fixtures';
import { ClinicExportPageActions, ClinicExportStreamActions } from './clinic-export.actions';
import { clinicExportFeature, type ClinicExportState, initialClinicExportState } from './clinic-export.feature';

describe('clinic export feature', () => {
  const reduce = (state: ClinicExportState, ...actions: Action[]) => actions.reduce((current, action) => clinicExportFeature.reducer(current, action), state);
  const manifest = ClinicExportStreamActions.manifestReceived({
    transactionTime: '2026-12-07T06:00:00.000Z',
    files: [
      { type: 'Patient', count: 3 },
      { type: 'Practitioner', count: 1 },
    ],
  });
  const running = reduce(initialClinicExportState, ClinicExportPageActions.startClicked(), manifest);

  it('lists the manifest’s files, nothing received yet, the first one being written', () => {
    expect(running).toEqual({
      status: 'running',
      transactionTime: '2026-12-07T06:00:00.000Z',
      files: [
        { type: 'Patient', expected: 3, resources: 0, bytes: 0, url: null },
        { type: 'Practitioner', expected: 1, resources: 0, bytes: 0, url: null },
      ],
      current: 'Patient',
      error: null,
    });
  });

  it('counts what has arrived and moves on to the next file when one is whole', () => {
    const state = reduce(
      running,
      ClinicExportStreamActions.chunkReceived({ resourceType: 'Patient', resources: 2, bytes: 400 }),
      ClinicExportStreamActions.fileReceived({ resourceType: 'Patient', resources: 3, bytes: 600, url: 'blob:patient' }),
    );

    expect(state.files[0]).toEqual({ type: 'Patient', expected: 3, resources: 3, bytes: 600, url: 'blob:patient' });
    expect(state.current).toBe('Practitioner');
    expect(clinicExportFeature.selectTotals.projector(state.files)).toEqual({ expected: 4, resources: 3, bytes: 600 });
    expect(clinicExportFeature.selectPercent.projector({ expected: 4, resources: 3, bytes: 600 })).toBe(75);
  });

  it('reports 0 % rather than dividing by nothing when the manifest announces no resources', () => {
    expect(clinicExportFeature.selectPercent.projector({ expected: 0, resources: 0, bytes: 0 })).toBe(0);
  });

  it('is done when the stream finishes, and keeps the files to save', () => {
    const state = reduce(
      running,
      ClinicExportStreamActions.fileReceived({ resourceType: 'Patient', resources: 3, bytes: 600, url: 'blob:patient' }),
      ClinicExportStreamActions.finished(),
    );

    expect(state.status).toBe('done');
    expect(state.current).toBeNull();
    expect(state.files[0]!.url).toBe('blob:patient');
  });

  it('keeps the problem of a failed export', () => {
    const problem = problemWith(403, { detail: 'Only administrators export the clinic.' });

    expect(reduce(running, ClinicExportStreamActions.failed({ problem }))).toEqual({ ...running, status: 'failed', current: null, error: problem });
  });

  it('cancels only a running export', () => {
    expect(reduce(running, ClinicExportPageActions.cancelClicked()).status).toBe('cancelled');
    expect(reduce(initialClinicExportState, ClinicExportPageActions.cancelClicked())).toBe(initialClinicExportState);
  });

  it('starts afresh when started again, opened or left', () => {
    const done = reduce(running, ClinicExportStreamActions.finished());

    expect(reduce(done, ClinicExportPageActions.startClicked())).toEqual({ ...initialClinicExportState, status: 'running' });
    expect(reduce(done, ClinicExportPageActions.opened())).toEqual(initialClinicExportState);
    expect(reduce(done, ClinicExportPageActions.left())).toEqual(initialClinicExportState);
  });
});

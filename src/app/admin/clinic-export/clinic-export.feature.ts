import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ClinicExportPageActions, ClinicExportStreamActions } from './clinic-export.actions';

export type ClinicExportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** One NDJSON file of the export: what the manifest announced, what has arrived, and where to save it. */
export interface ClinicExportFile {
  readonly type: string;
  readonly expected: number;
  readonly resources: number;
  readonly bytes: number;
  /** The saved file's object URL once it is whole (never the file's text). */
  readonly url: string | null;
}

export interface ClinicExportState {
  readonly status: ClinicExportStatus;
  readonly transactionTime: string | null;
  /** A handful of files (one per resource type) in the manifest's order, so a plain array. */
  readonly files: readonly ClinicExportFile[];
  /** The resource type being written now. */
  readonly current: string | null;
  readonly error: ProblemDocument | null;
}

export const initialClinicExportState: ClinicExportState = { status: 'idle', transactionTime: null, files: [], current: null, error: null };

function withFile(state: ClinicExportState, type: string, changes: Partial<ClinicExportFile>): readonly ClinicExportFile[] {
  return state.files.map((file) => (file.type === type ? { ...file, ...changes } : file));
}

export const clinicExportFeature = createFeature({
  name: 'clinicExport',
  reducer: createReducer(
    initialClinicExportState,
    on(ClinicExportPageActions.opened, ClinicExportPageActions.left, (): ClinicExportState => initialClinicExportState),
    on(ClinicExportPageActions.startClicked, (): ClinicExportState => ({ ...initialClinicExportState, status: 'running' })),
    on(ClinicExportPageActions.cancelClicked, (state): ClinicExportState => (state.status === 'running' ? { ...state, status: 'cancelled', current: null } : state)),
    on(
      ClinicExportStreamActions.manifestReceived,
      (state, { transactionTime, files }): ClinicExportState => ({
        ...state,
        transactionTime,
        files: files.map(({ type, count }) => ({ type, expected: count, resources: 0, bytes: 0, url: null })),
        current: files[0]?.type ?? null,
      }),
    ),
    on(
      ClinicExportStreamActions.chunkReceived,
      (state, { resourceType, resources, bytes }): ClinicExportState => ({ ...state, current: resourceType, files: withFile(state, resourceType, { resources, bytes }) }),
    ),
    on(ClinicExportStreamActions.fileReceived, (state, { resourceType, resources, bytes, url }): ClinicExportState => {
      const index = state.files.findIndex((file) => file.type === resourceType);
      return { ...state, current: state.files[index + 1]?.type ?? null, files: withFile(state, resourceType, { resources, bytes, url }) };
    }),
    on(ClinicExportStreamActions.finished, (state): ClinicExportState => ({ ...state, status: 'done', current: null })),
    on(ClinicExportStreamActions.failed, (state, { problem }): ClinicExportState => ({ ...state, status: 'failed', current: null, error: problem })),
  ),
  extraSelectors: ({ selectFiles }) => {
    const selectTotals = createSelector(selectFiles, (files) => ({
      expected: files.reduce((sum, file) => sum + file.expected, 0),
      resources: files.reduce((sum, file) => sum + file.resources, 0),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    }));
    return {
      selectTotals,
      /** Share of the announced resources received, 0–100; the progress bar's value. */
      selectPercent: createSelector(selectTotals, ({ expected, resources }) => (expected === 0 ? 0 : Math.min(100, Math.round((resources / expected) * 100)))),
    };
  },
});

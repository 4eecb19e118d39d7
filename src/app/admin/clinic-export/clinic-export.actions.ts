import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const ClinicExportPageActions = createActionGroup({
  source: 'Clinic Export Page',
  events: {
    Opened: emptyProps(),
    'Start Clicked': emptyProps(),
    'Cancel Clicked': emptyProps(),
    /** The page closed: a running export stops and its files are freed. */
    Left: emptyProps(),
  },
});

export const ClinicExportStreamActions = createActionGroup({
  source: 'Clinic Export Stream',
  events: {
    'Manifest Received': props<{ transactionTime: string; files: readonly { type: string; count: number }[] }>(),
    /** So far in the file being written: resources and bytes received. */
    'Chunk Received': props<{ resourceType: string; resources: number; bytes: number }>(),
    'File Received': props<{ resourceType: string; resources: number; bytes: number; url: string }>(),
    Finished: emptyProps(),
    Failed: props<{ problem: ProblemDocument }>(),
  },
});

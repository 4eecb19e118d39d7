import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import type { NetworkEvent } from '@domain/network/network-events';
import type { NetworkMember } from '@domain/network/network-member';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';
import type { MeasureConflict } from './measure-edit';
import type { MeasuresView } from './measures-api';
import type { SessionFacts } from './trend-chart/trend-series';

export const MeasuresApiActions = createActionGroup({
  source: 'Measures API',
  events: {
    'Measures Loaded': props<{ clientId: string; view: MeasuresView }>(),
    'Measures Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Sessions Loaded': props<{ clientId: string; sessions: readonly SessionFacts[] }>(),
    'Sessions Load Failed': props<{ clientId: string }>(),
    'Network Loaded': props<{ clientId: string; members: readonly NetworkMember[] }>(),
    'Network Load Failed': props<{ clientId: string }>(),
    'Network Events Loaded': props<{ clientId: string; events: readonly NetworkEvent[] }>(),
    'Network Events Load Failed': props<{ clientId: string }>(),
    'Measure Recorded': props<{ measure: MeasureResponse }>(),
    'Measure Amended': props<{ measure: MeasureResponse }>(),
    'Measure Save Failed': props<{ problem: ProblemDocument }>(),
    'Measure Save Conflicted': props<{ conflict: MeasureConflict }>(),
    'History Loaded': props<{ measureId: string; items: readonly MeasureRevision[] }>(),
    'History Load Failed': props<{ measureId: string; problem: ProblemDocument }>(),
  },
});

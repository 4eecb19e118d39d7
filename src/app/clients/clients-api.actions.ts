import type { TherapistOption } from '@domain/accounts/account';
import type { HistoryEntry } from '@domain/audit/history-entry';
import type { CaseloadRow, Client } from '@domain/clients/client';
import type { ClientOverview } from '@domain/clients/client-overview';
import type { Page } from '@domain/common/page';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';
import type { ClientConflict, ClientEdit } from './client-edit';

export const ClientsApiActions = createActionGroup({
  source: 'Clients API',
  events: {
    'Caseload Loaded': props<{ page: Page<CaseloadRow> }>(),
    'Caseload Load Failed': props<{ problem: ProblemDocument }>(),
    'Therapists Loaded': props<{ therapists: readonly TherapistOption[] }>(),
    'Therapists Load Failed': props<{ problem: ProblemDocument }>(),
    'Client Loaded': props<{ client: Client }>(),
    'Client Load Failed': props<{ id: string; problem: ProblemDocument }>(),
    'History Loaded': props<{ id: string; entries: readonly HistoryEntry[] }>(),
    'History Load Failed': props<{ id: string; problem: ProblemDocument }>(),
    'Overview Loaded': props<{ overview: ClientOverview }>(),
    'Overview Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Client Created': props<{ client: Client }>(),
    'Client Saved': props<{ client: Client; edit: ClientEdit }>(),
    'Save Failed': props<{ problem: ProblemDocument }>(),
    'Save Conflicted': props<{ conflict: ClientConflict }>(),
  },
});

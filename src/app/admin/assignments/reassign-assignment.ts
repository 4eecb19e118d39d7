import { computed } from '@angular/core';
import type { MatDialog, MatDialogRef } from '@angular/material/dialog';
import type { ClientAssignment } from '@domain/clients/client';
import type { Store } from '@ngrx/store';
import { openReassignDialog, type ReassignDialog } from '../../shared/reassign-dialog/reassign-dialog';
import { assignmentsFeature } from './assignments.feature';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';

/**
 * The shared reassign dialog over the assignments slice. A stale version stays in the dialog: the
 * slice keeps the client as it is now, and the next save is based on it.
 */
export function openReassignAssignmentDialog(
  dialog: MatDialog,
  store: Store,
  client: ClientAssignment,
): MatDialogRef<ReassignDialog, boolean> {
  const viewModel = store.selectSignal(assignmentsFeature.selectDialogViewModel);
  const entities = store.selectSignal(assignmentsFeature.selectEntities);
  const status = store.selectSignal(assignmentsFeature.selectTherapistsStatus);
  return openReassignDialog(dialog, {
    client,
    therapists: computed(() => viewModel().therapists),
    therapistsStatus: status,
    saving: computed(() => viewModel().saving),
    problem: computed(() => (viewModel().stale ? null : viewModel().error)),
    finished: computed(() => viewModel().saved),
    current: computed(() => (viewModel().stale ? (entities()[client.id] ?? null) : null)),
    opened: () => store.dispatch(ReassignClientDialogActions.opened()),
    submit: (base, therapist) =>
      store.dispatch(ReassignClientDialogActions.submitted({ client: base, request: { therapistId: therapist.id, version: base.version } })),
  });
}

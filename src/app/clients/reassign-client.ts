import { computed, type Injector } from '@angular/core';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import type { Client } from '@domain/clients/client';
import type { Store } from '@ngrx/store';
import { openReassignDialog, type ReassignDialog } from '../shared/reassign-dialog/reassign-dialog';
import { clientsFeature } from './clients.feature';
import { ReassignDialogActions } from './reassign-dialog.actions';

/**
 * The shared reassign dialog over the clients slice, for a supervisor on the client's page. It
 * closes on a stale version too: the slice's conflict dialog then shows both versions.
 */
export function openReassignClientDialog(injector: Injector, store: Store, client: Client): MatDialogRef<ReassignDialog, boolean> {
  const saveStatus = store.selectSignal(clientsFeature.selectSaveStatus);
  const saveError = store.selectSignal(clientsFeature.selectSaveError);
  return openReassignDialog(injector.get(MatDialog), {
    client,
    therapists: store.selectSignal(clientsFeature.selectTherapists),
    therapistsStatus: store.selectSignal(clientsFeature.selectTherapistsStatus),
    saving: computed(() => saveStatus() === 'saving'),
    problem: saveError,
    finished: computed(() => saveStatus() === 'saved' || saveStatus() === 'conflicted'),
    opened: () => store.dispatch(ReassignDialogActions.opened()),
    submit: (base, therapist) =>
      store.dispatch(
        ReassignDialogActions.submitted({ base, edit: { kind: 'reassign', therapistId: therapist.id, therapistName: therapist.name } }),
      ),
  });
}

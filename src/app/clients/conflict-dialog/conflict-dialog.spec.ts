import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import type { ClientConflict, ClientFields } from '../client-edit';
import { ConflictDialogActions } from '../conflict-dialog.actions';
import { clientsStateWith, clientWith } from '../testing/clients-fixtures';
import { ConflictDialog } from './conflict-dialog';

@Component({ selector: 'app-conflict-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

describe('ConflictDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const base = clientWith();
  const fields: ClientFields = {
    preferredName: 'Robbie',
    legalName: base.legalName,
    dateOfBirth: base.dateOfBirth,
    caseNumber: base.caseNumber,
    pronouns: base.pronouns,
    primaryConcerns: [...base.primaryConcerns],
    treatmentStart: base.treatmentStart,
    familyConsent: base.familyConsent,
  };
  // Someone else changed the case number and the preferred name; this user changed the preferred name.
  const current = clientWith({ caseNumber: 'CC-09999', preferredName: 'Rob', version: 4 });
  const conflict: ClientConflict = { base, current, edit: { kind: 'update', fields } };
  const state = (withConflict: ClientConflict | null) => ({
    ...signedInState(sessionInfoFor('therapist')),
    clients: clientsStateWith({ clientId: base.id, client: base, saveStatus: 'conflicted', conflict: withConflict }),
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: state(conflict) }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(DialogHost);
    ConflictDialog.open(TestBed.inject(MatDialog));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  const tableRows = () =>
    Array.from(document.querySelectorAll('app-conflict-dialog table')).map((table) =>
      Array.from(table.querySelectorAll('tbody tr')).map((row) =>
        Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      ),
    );

  it('shows what changed on the server and what the user changed, field by field', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);

    expect(await dialog.getTitleText()).toBe('Someone else changed this client');
    expect(tableRows()).toEqual([
      [
        ['Preferred name', 'Robin', 'Rob'],
        ['Case number', 'CC-00001', 'CC-09999'],
      ],
      [['Preferred name also changed by someone else', 'Robin', 'Robbie']],
    ]);
  });

  it('re-applies the user’s edit on top of the current version, keeping the other changes', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Re-apply my changes' }))).click();

    expect(dispatch).toHaveBeenCalledOnceWith(
      ConflictDialogActions.reapplyClicked({
        base: current,
        edit: { kind: 'update', fields: { ...fields, caseNumber: 'CC-09999' } },
      }),
    );
  });

  it('discards the user’s edit for the current version', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Discard my changes' }))).click();

    expect(dispatch).toHaveBeenCalledOnceWith(ConflictDialogActions.discardClicked({ current }));
  });

  it('closes once the conflict is settled', async () => {
    store.setState(state(null));
    await fixture.whenStable();

    expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });
});

import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../testing/wait-for';
import { assignmentsStateWith, assignmentWith, OTHER_THERAPIST_ID, problemWith, THERAPISTS } from '../testing/admin-fixtures';
import type { AssignmentsState } from './assignments.feature';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';
import { openReassignAssignmentDialog } from './reassign-assignment';

@Component({ selector: 'app-reassign-client-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ReassignDialogHost {
  readonly dialog = inject(MatDialog);
}

describe('openReassignAssignmentDialog (the shared reassign dialog over the assignments slice)', () => {
  let fixture: ComponentFixture<ReassignDialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let dialog: MatDialogHarness;
  let closed: boolean | undefined;
  const robin = assignmentWith();
  const ready: AssignmentsState = assignmentsStateWith({ therapists: THERAPISTS, therapistsStatus: 'loaded', loadStatus: 'loaded' }, [robin]);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { assignments: ready } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ReassignDialogHost);
    closed = undefined;
    openReassignAssignmentDialog(fixture.componentInstance.dialog, store, robin)
      .afterClosed()
      .subscribe((result) => (closed = result));
    const loader: HarnessLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    dialog = await loader.getHarness(MatDialogHarness);
  });

  const therapistField = () => dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'New therapist' }));
  const therapistSelect = async () => (await (await therapistField()).getControl(MatSelectHarness))!;
  const reassign = async () => (await dialog.getHarness(MatButtonHarness.with({ text: 'Reassign' }))).click();
  const submitted = () => dispatch.calls.allArgs().filter(([action]) => action.type === ReassignClientDialogActions.submitted.type);
  const setState = async (changes: Partial<AssignmentsState>) => {
    store.setState({ assignments: { ...ready, ...changes } });
    await fixture.whenStable();
  };

  it('shows who the client is and who has them now', async () => {
    expect(await dialog.getTitleText()).toBe('Reassign Robin');
    const content = await dialog.getContentText();
    expect(content).toContain('CC-00001');
    expect(content).toContain('Tess Therapist');
    expect(dispatch).toHaveBeenCalledWith(ReassignClientDialogActions.opened());
  });

  it('sends the chosen therapist with the version', async () => {
    const select = await therapistSelect();
    await select.open();
    await select.clickOptions({ text: 'Theo Therapist' });

    await reassign();

    expect(dispatch).toHaveBeenCalledWith(
      ReassignClientDialogActions.submitted({ client: robin, request: { therapistId: OTHER_THERAPIST_ID, version: robin.version } }),
    );
  });

  it('validates with the shared schema and dispatches nothing without a choice', async () => {
    await reassign();

    expect(await (await therapistField()).getTextErrors()).toEqual(['Choose the therapist to assign the client to.']);
    expect(submitted()).toEqual([]);
  });

  it('offers the current therapist only as a disabled choice', async () => {
    const select = await therapistSelect();
    await select.open();
    const [current] = await select.getOptions({ text: /Tess Therapist/ });

    expect(await current.getText()).toBe('Tess Therapist (current)');
    expect(await current.isDisabled()).toBeTrue();
  });

  it('shows a refusal on the therapist field', async () => {
    await setState({
      dialogStatus: 'failed',
      dialogError: problemWith(400, { errors: [{ field: 'therapistId', message: 'Not an active therapist you may assign clients to.' }] }),
    });

    expect(await (await therapistField()).getTextErrors()).toEqual(['Not an active therapist you may assign clients to.']);
  });

  it('bases the next save on the current version after a stale-version conflict', async () => {
    const current = assignmentWith({ version: 9, therapistId: OTHER_THERAPIST_ID, therapistName: 'Theo Therapist' });
    await setState({ dialogStatus: 'failed', dialogError: problemWith(409), entities: { [robin.id]: current } });

    expect(await dialog.getContentText()).toContain('Someone else changed this client after you opened it; it is now assigned to Theo Therapist.');
    const select = await therapistSelect();
    await select.open();
    await select.clickOptions({ text: 'Tess Therapist' });
    await reassign();
    expect(submitted().at(-1)?.[0]).toEqual(
      ReassignClientDialogActions.submitted({ client: current, request: { therapistId: robin.therapistId, version: 9 } }),
    );
  });

  it('closes once the client is reassigned', async () => {
    await setState({ dialogStatus: 'saved' });

    await waitFor(() => closed !== undefined, 'the dialog to close');
    expect(closed).toBeTrue();
  });
});

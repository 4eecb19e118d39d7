import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { PagerHarness } from '../../../shared/pager/testing/pager-harness';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { assignmentsStateWith, assignmentWith, OTHER_THERAPIST_ID, problemWith, THERAPISTS } from '../../testing/admin-fixtures';
import { AssignmentsPageActions } from '../assignments-page.actions';
import type { AssignmentsState } from '../assignments.feature';
import AssignmentsPage from './assignments-page';

describe('AssignmentsPage', () => {
  let fixture: ComponentFixture<AssignmentsPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const robin = assignmentWith();
  const sam = assignmentWith({
    id: '0190a1b2-3333-7000-8000-000000000002',
    preferredName: 'Sam',
    legalName: 'Samuel Example',
    caseNumber: 'CC-00002',
    status: 'on-hold',
    therapistId: OTHER_THERAPIST_ID,
    therapistName: 'Theo Therapist',
  });
  const loaded = assignmentsStateWith({ loadStatus: 'loaded', total: 40, therapists: THERAPISTS, therapistsStatus: 'loaded' }, [robin, sam]);

  async function render(assignments: AssignmentsState = loaded): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { assignments } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(AssignmentsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const select = async (label: string) =>
    (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getControl(MatSelectHarness))!;

  it('asks for the clients when it opens', async () => {
    await render();

    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.opened());
  });

  it('lists names, case number, status and therapist, and nothing clinical', async () => {
    await render();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['preferredName'].text).toEqual(['Robin', 'Sam']);
    expect(cells['legalName'].text).toEqual(['Robin Example', 'Samuel Example']);
    expect(cells['caseNumber'].text).toEqual(['CC-00001', 'CC-00002']);
    expect(cells['status'].text).toEqual(['Active', 'On hold']);
    expect(cells['therapist'].text).toEqual(['Tess Therapist', 'Theo Therapist']);
    expect(Object.keys(cells)).toEqual(['preferredName', 'legalName', 'caseNumber', 'status', 'therapist', 'actions']);
  });

  it('searches and filters by status and therapist', async () => {
    await render();

    const search = await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Search by name or case number' }))).getControl(MatInputHarness);
    await search!.setValue('CC-0');
    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.searchChanged({ search: 'CC-0' }));

    const status = await select('Status');
    await status.open();
    await status.clickOptions({ text: 'Discharged' });
    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.statusFilterChanged({ status: 'discharged' }));

    const therapist = await select('Therapist');
    await therapist.open();
    await therapist.clickOptions({ text: 'Theo Therapist' });
    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.therapistFilterChanged({ therapistId: OTHER_THERAPIST_ID }));
    await therapist.open();
    await therapist.clickOptions({ text: 'All therapists' });
    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.therapistFilterChanged({ therapistId: null }));
  });

  it('pages on the server', async () => {
    await render();

    await (await loader.getHarness(PagerHarness)).goToNextPage();

    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.pageChanged({ page: 2, pageSize: 25 }));
  });

  it('opens the reassign dialog for a row', async () => {
    await render();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reassign', selector: '[aria-label="Reassign Sam (CC-00002)"]' }))).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reassign Sam');
  });

  it('says so when no client matches', async () => {
    await render(assignmentsStateWith({ loadStatus: 'loaded' }));

    expect(text()).toContain('No clients match');
  });

  it('shows a failed load with a way to try again', async () => {
    await render(assignmentsStateWith({ loadStatus: 'failed', loadError: problemWith(500, { detail: 'Something broke.' }) }));

    expect(text()).toContain('Could not load the clients. Something broke.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AssignmentsPageActions.retryClicked());
  });
});

import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { initialSelfReportState, type SelfReportState } from '../self-report.feature';
import { SendDialogActions } from '../send-dialog.actions';
import { CLIENT_ID, problemWith } from '../testing/self-report-fixtures';
import { openSendDialog } from './send-dialog';

@Component({ selector: 'app-send-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

describe('SendDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;

  function open(emailAvailable = false, state: Partial<SelfReportState> = {}): void {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor('therapist')), selfReport: { ...initialSelfReportState, clientId: CLIENT_ID, ...state } } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(DialogHost);
    openSendDialog(TestBed.inject(Injector), { clientId: CLIENT_ID, emailAvailable });
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  }

  const submit = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Create the link' }))).click();
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const submitted = () => dispatch.calls.allArgs().map(([action]) => action).filter((action) => action.type === SendDialogActions.submitted.type);
  const dialogText = () => document.querySelector('mat-dialog-container')!.textContent!.replace(/\s+/g, ' ');

  it('offers the three instruments, a 7-day expiry, and no email field when email is not known to work', async () => {
    open();
    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    const labels = await Promise.all(boxes.map((box) => box.getLabelText()));

    expect(labels.filter((label) => /MSPSS|LSNS-6|UCLA-3/.test(label)).length).toBe(3);
    expect(await (await input('Link expires after')).getValue()).toBe('7');
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: /email/i }))).toEqual([]);
    expect(dispatch).toHaveBeenCalledWith(SendDialogActions.opened());
  });

  it('needs an instrument and an expiry from 1 to 30 days, and sends nothing until then', async () => {
    open();
    await (await input('Link expires after')).setValue('31');
    await submit();
    await fixture.whenStable();

    expect(dialogText()).toContain('Choose at least one instrument.');
    expect(await (await field('Link expires after')).getTextErrors()).toEqual(['At most 30 days.']);
    expect(submitted()).toEqual([]);
    // Focus lands on what to fix first: the instruments.
    await waitFor(() => document.activeElement?.closest('fieldset') != null, 'focus on the instruments');
  });

  it('sends the chosen instruments in catalogue order, with the repeat only when asked', async () => {
    open();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /UCLA-3/ }))).check();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /MSPSS/ }))).check();
    await (await input('Link expires after')).setValue('14');
    await submit();

    expect(submitted()).toEqual([
      SendDialogActions.submitted({ clientId: CLIENT_ID, request: { instruments: ['mspss', 'ucla-3'], expiresInDays: 14, repeatEveryWeeks: null, emailTo: null } }),
    ]);

    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Repeat every few weeks/ }))).check();
    await (await input('Repeat every')).setValue('13');
    await submit();
    expect(await (await field('Repeat every')).getTextErrors()).toEqual(['At most every 12 weeks.']);

    await (await input('Repeat every')).setValue('4');
    await submit();
    expect(submitted().at(-1)).toEqual(
      SendDialogActions.submitted({ clientId: CLIENT_ID, request: { instruments: ['mspss', 'ucla-3'], expiresInDays: 14, repeatEveryWeeks: 4, emailTo: null } }),
    );
  });

  it('offers email when the server can send it, and checks the address', async () => {
    open(true);
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /LSNS-6/ }))).check();
    await (await input('Also email the link to (optional)')).setValue('not an address');
    await submit();
    expect(submitted()).toEqual([]);
    expect((await (await field('Also email the link to (optional)')).getTextErrors()).length).toBe(1);
  });

  it('shows the server’s field errors on their fields', async () => {
    open();
    const stateWith = (changes: Partial<SelfReportState>) => ({
      ...signedInState(sessionInfoFor('therapist')),
      selfReport: { ...initialSelfReportState, clientId: CLIENT_ID, ...changes },
    });
    store.setState(stateWith({ sendStatus: 'sending' }));
    await fixture.whenStable();
    store.setState(stateWith({ sendStatus: 'failed', sendError: problemWith(400, { errors: [{ field: 'expiresInDays', message: 'At least 1 day.' }] }) }));
    await fixture.whenStable();
    expect(await (await field('Link expires after')).getTextErrors()).toEqual(['At least 1 day.']);
  });
});

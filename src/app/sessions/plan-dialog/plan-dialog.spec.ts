import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { FamilySession } from '@domain/sessions/family-session';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { instantOf, localDateOf } from '../../shared/time/local-time';
import { PlanDialogActions } from '../plan-dialog.actions';
import type { SessionsState } from '../sessions.feature';
import {
  CLIENT_ID,
  CONSENTING,
  sessionsStateShowing,
  sessionWith,
  UNASKED,
} from '../testing/sessions-fixtures';
import { initialClientsState } from '../../clients/clients.feature';
import { clientWith } from '../../clients/testing/clients-fixtures';
import { openPlanDialog } from './plan-dialog';

@Component({
  selector: 'app-plan-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly injector = inject(Injector);
}

describe('PlanDialog', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let closedWith: unknown[];
  const sessions = sessionsStateShowing([]);
  const state = { ...signedInState(sessionInfoFor('therapist')), sessions };
  const nextWeek = localDateOf(Date.now() + 7 * 86_400_000);

  async function open(
    session: FamilySession | null = null,
    extraState: object = {},
  ): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ...state, ...extraState } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(DialogHost);
    closedWith = [];
    openPlanDialog(fixture.componentInstance.injector, { clientId: CLIENT_ID, session })
      .afterClosed()
      .subscribe((result) => closedWith.push(result));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatDialogHarness);
  }

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const checkbox = (label: string | RegExp) =>
    loader.getHarness(MatCheckboxHarness.with({ label }));
  const save = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Save session' }))).click();
  const setSessions = (changes: Partial<SessionsState>) =>
    store.setState({ ...state, sessions: { ...sessions, ...changes } });
  const submittedPlans = () =>
    dispatch.calls
      .allArgs()
      .map(([action]) => action)
      .filter((action) => action.type === PlanDialogActions.submitted.type);

  async function fillIn(): Promise<void> {
    await (await input('Date')).setValue(nextWeek);
    await (await input('Start time')).setValue('14:00');
    await (await input('Location or link')).setValue('Room 3');
  }

  it('refuses an incomplete plan before sending anything', async () => {
    const dialog = await open();
    expect(await dialog.getTitleText()).toBe('Plan a session');

    await (await input('Duration (minutes)')).setValue('');
    await save();

    expect(await (await field('Date')).getTextErrors()).toEqual(['Required.']);
    expect(await (await field('Start time')).getTextErrors()).toEqual(['Required.']);
    expect(await (await field('Duration (minutes)')).getTextErrors()).toEqual(['Required.']);
    expect(submittedPlans()).toEqual([]);
  });

  it('plans a session for the network members ticked, with the shared schema’s defaults', async () => {
    await open();
    await fillIn();
    await (await checkbox('Jo Example')).check();
    await (await input('Goals')).setValue('Agree on support for mornings');
    await save();

    expect(submittedPlans()).toEqual([
      PlanDialogActions.submitted({
        clientId: CLIENT_ID,
        sessionId: null,
        version: null,
        plan: {
          type: 'family-session',
          modality: 'in-person',
          startsAt: instantOf(nextWeek, '14:00')!,
          durationMinutes: 60,
          location: 'Room 3',
          memberIds: [CONSENTING.id],
          clinicianIds: [],
          goals: 'Agree on support for mornings',
          pastSession: false,
          consentWarningAcknowledged: false,
          overlapAcknowledged: false,
          clientDeclinedAcknowledged: false,
          clientDeclinedReason: '',
        },
      }),
    ]);
  });

  it('saves with Ctrl+Enter from any field, as the hint beside Save says', async () => {
    await open();
    await fillIn();
    expect(document.querySelector('#plan-save-shortcut')?.textContent).toContain('Ctrl+Enter saves');
    const goals = document.querySelector<HTMLTextAreaElement>('textarea[formControlName="goals"]')!;
    goals.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));

    expect(submittedPlans().length).toBe(1);
  });

  it('shows each member’s consent beside their name, warning in words about missing consent', async () => {
    const dialog = await open();

    const text = await dialog.getText();
    expect(text).toContain('Jo Example');
    expect(text).toContain('Consent to share: current');
    expect(text).toContain('Uncle Ben');
    expect(text).toContain('Consent to share not asked');
    expect(document.getElementById(`consent-${UNASKED.id}`)?.classList).toContain('blocked');
  });

  it('refuses a start in the past unless the session already happened', async () => {
    await open();
    const lastWeek = localDateOf(Date.now() - 7 * 86_400_000);
    await (await input('Date')).setValue(lastWeek);
    await (await input('Start time')).setValue('14:00');
    await save();

    expect((await (await field('Date')).getTextErrors())[0]).toContain('in the past');
    expect(submittedPlans()).toEqual([]);

    await (await checkbox('This session already happened')).check();
    await save();
    expect(submittedPlans().length).toBe(1);
    expect(submittedPlans()[0].plan.pastSession).toBeTrue();
  });

  it('shows the warnings the server asks about, and re-sends only once each is confirmed', async () => {
    const dialog = await open();
    await fillIn();
    await (await checkbox('Uncle Ben')).check();
    await save();
    expect(submittedPlans().length).toBe(1);

    setSessions({
      saveStatus: 'unacknowledged',
      warnings: [
        {
          kind: 'consent',
          memberId: UNASKED.id,
          message: 'Consent to share not asked: invite only after acknowledging this.',
        },
        { kind: 'overlap', memberId: null, message: 'Overlaps 1 other session(s) of yours.' },
      ],
    });
    await waitFor(() => document.querySelector('.warnings') !== null, 'the warnings');
    const text = await dialog.getText();
    expect(text).toContain(
      'Uncle Ben: Consent to share not asked: invite only after acknowledging this.',
    );
    expect(text).toContain('Overlaps 1 other session(s) of yours.');

    await save();
    expect(submittedPlans().length).toBe(1);
    expect(await dialog.getText()).toContain('Tick each confirmation to save');

    await (await checkbox(/reviewed consent/)).check();
    await (await checkbox(/overlaps another of my sessions/)).check();
    await save();
    expect(submittedPlans().length).toBe(2);
    expect(submittedPlans()[1].plan).toEqual(
      jasmine.objectContaining({
        memberIds: [UNASKED.id],
        consentWarningAcknowledged: true,
        overlapAcknowledged: true,
      }),
    );
  });

  describe('for a client who declined family involvement', () => {
    const declined = {
      clients: { ...initialClientsState, client: clientWith({ id: CLIENT_ID, familyConsent: 'declined' }) },
    };

    it('warns before saving, and sends only once confirmed with a reason', async () => {
      const dialog = await open(null, declined);
      await fillIn();
      await (await checkbox('Jo Example')).check();
      expect(await dialog.getText()).toContain('The client declined family involvement');

      await save();
      expect(submittedPlans()).toEqual([]);
      expect(await dialog.getText()).toContain('Tick the confirmation and give a reason');

      await (await checkbox(/client declined and still plan/)).check();
      await save();
      expect(submittedPlans()).toEqual([]);
      expect(await (await field('Reason for planning it anyway')).getTextErrors()).toEqual([
        'Say why this session is planned although the client declined.',
      ]);

      await (await input('Reason for planning it anyway')).setValue('Safety meeting agreed');
      await save();
      expect(submittedPlans().length).toBe(1);
      expect(submittedPlans()[0].plan).toEqual(
        jasmine.objectContaining({
          clientDeclinedAcknowledged: true,
          clientDeclinedReason: 'Safety meeting agreed',
        }),
      );
    });

    it('shows no such warning for a client who consented', async () => {
      const dialog = await open(null, {
        clients: { ...initialClientsState, client: clientWith({ id: CLIENT_ID, familyConsent: 'granted' }) },
      });
      expect(await dialog.getText()).not.toContain('declined family involvement');
    });

    it('shows it when the server says so, though the client record was not loaded', async () => {
      const dialog = await open();
      setSessions({
        saveStatus: 'unacknowledged',
        warnings: [{ kind: 'client-declined', memberId: null, message: 'The client declined.' }],
      });
      await waitFor(() => document.querySelector('#client-declined-heading') !== null, 'the warning');
      expect(await dialog.getText()).toContain('The client declined family involvement');
      expect(await dialog.getText()).not.toContain('Overlaps');
    });
  });

  it('shows the server’s field errors on the fields', async () => {
    await open();
    setSessions({
      saveStatus: 'failed',
      saveError: {
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        errors: [
          {
            field: 'startsAt',
            message: 'A planned session cannot start in the past (record a past session instead).',
          },
        ],
      },
    });

    await waitFor(() => document.querySelector('mat-error') !== null, 'the field error');
    expect(await (await field('Date')).getTextErrors()).toEqual([
      'A planned session cannot start in the past (record a past session instead).',
    ]);
  });

  it('re-plans a session on its version, keeping its co-facilitating clinicians', async () => {
    const clinicianId = '0190a1b2-0000-7000-8000-0000000000c1';
    const session = sessionWith({
      startsAt: instantOf(nextWeek, '10:30')!,
      attendees: [
        { kind: 'member', id: CONSENTING.id, name: CONSENTING.name, attendance: 'invited' },
        { kind: 'clinician', id: clinicianId, name: 'Cleo Clinician', attendance: 'invited' },
      ],
      version: 3,
    });
    const dialog = await open(session);
    expect(await dialog.getTitleText()).toBe('Edit the plan');
    expect(await (await input('Start time')).getValue()).toBe('10:30');
    expect(await (await checkbox('Jo Example')).isChecked()).toBeTrue();

    await (await input('Duration (minutes)')).setValue('90');
    await save();

    expect(submittedPlans()).toEqual([
      jasmine.objectContaining({
        sessionId: session.id,
        version: 3,
        plan: jasmine.objectContaining({
          durationMinutes: 90,
          memberIds: [CONSENTING.id],
          clinicianIds: [clinicianId],
        }),
      }),
    ]);
  });

  it('shows the session as it is now after a conflict, then re-applies or discards the change', async () => {
    const session = sessionWith({ startsAt: instantOf(nextWeek, '10:30')! });
    const dialog = await open(session);
    const current = { ...session, durationMinutes: 120, version: 2 };
    const plan = { durationMinutes: 90 } as never;

    setSessions({ saveStatus: 'conflicted', conflict: { current, edit: { kind: 'plan', plan } } });
    await waitFor(() => document.querySelector('.conflict') !== null, 'the conflict');
    expect(await dialog.getText()).toContain('for 120 minutes');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Re-apply my changes' }))).click();
    expect(dispatch).toHaveBeenCalledWith(
      PlanDialogActions.submitted({ clientId: CLIENT_ID, sessionId: session.id, plan, version: 2 }),
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Discard my changes' }))).click();
    expect(dispatch).toHaveBeenCalledWith(PlanDialogActions.conflictDiscarded({ current }));
    expect(await (await input('Duration (minutes)')).getValue()).toBe('120');
  });

  it('closes once saved', async () => {
    await open();

    setSessions({ saveStatus: 'saved' });

    await waitFor(() => closedWith.length > 0, 'the dialog to close');
    expect(closedWith).toEqual([true]);
  });
});

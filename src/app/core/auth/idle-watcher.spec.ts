import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Subscription } from 'rxjs';
import { authStateWith, sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { ManualClock } from '../../../testing/manual-clock';
import { waitFor } from '../../../testing/wait-for';
import { CLOCK } from '../time/clock';
import { IdleWarningActions } from './idle-warning.actions';
import { IdleWatcher } from './idle-watcher';
import { SessionActions } from './session.actions';
import { SessionActivity } from './session-activity';

@Component({ selector: 'app-test-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class TestHost {}

describe('IdleWatcher', () => {
  // The server ends the session after 60 s without a request and the SPA warns 20 s before.
  const sessionInfo = {
    ...sessionInfoFor('therapist'),
    session: { idleTimeoutSeconds: 60, idleWarningSeconds: 20, absoluteExpiresAt: '2026-11-25T21:00:00.000Z', pendingStep: null },
  };
  let clock: ManualClock;
  let store: MockStore;
  let watcher: IdleWatcher;
  let emitted: Action[];
  let subscription: Subscription;
  let documentLoader: HarnessLoader;

  beforeEach(() => {
    clock = new ManualClock();
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: signedInState(sessionInfo) }),
        { provide: CLOCK, useValue: clock },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    watcher = TestBed.inject(IdleWatcher);
    emitted = [];
    subscription = watcher.watch().subscribe((action) => emitted.push(action));
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(TestHost));
  });

  afterEach(() => subscription.unsubscribe());

  const dialogShown = () => document.querySelector('mat-dialog-container') !== null;

  it('warns when the warning time before the idle timeout is reached, not earlier', async () => {
    clock.advanceSeconds(39);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialogShown()).toBeFalse();

    clock.advanceSeconds(1);
    await waitFor(dialogShown, 'the idle warning');

    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Your session is about to end');
    expect(await dialog.getRole()).toBe('alertdialog');
    expect(await dialog.getContentText()).toContain('You will be signed out in 0:20.');
    expect(emitted).toEqual([]);
  });

  it('counts down every second while the warning is shown', async () => {
    clock.advanceSeconds(40);
    await waitFor(dialogShown, 'the idle warning');

    clock.advanceSeconds(7);
    const dialog = await documentLoader.getHarness(MatDialogHarness);

    expect(await dialog.getContentText()).toContain('You will be signed out in 0:13.');
  });

  it('dispatches "Stay signed in" and closes the warning once the server has answered', async () => {
    const dispatch = spyOn(store, 'dispatch');
    clock.advanceSeconds(45);
    await waitFor(dialogShown, 'the idle warning');

    const stay = await documentLoader.getHarness(MatButtonHarness.with({ text: 'Stay signed in' }));
    await stay.click();
    expect(dispatch).toHaveBeenCalledOnceWith(IdleWarningActions.staySignedInClicked());
    expect(dialogShown()).toBeTrue();

    TestBed.inject(SessionActivity).record();
    await waitFor(() => !dialogShown(), 'the warning to close');
    expect(watcher.warningShown()).toBeFalse();
    expect(watcher.secondsLeft()).toBe(60);
  });

  it('dispatches "Sign out" from the warning', async () => {
    const dispatch = spyOn(store, 'dispatch');
    clock.advanceSeconds(50);
    await waitFor(dialogShown, 'the idle warning');

    await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))).click();

    expect(dispatch).toHaveBeenCalledOnceWith(IdleWarningActions.signOutClicked());
  });

  it('ends the session once when the idle timeout passes, and closes the warning', async () => {
    clock.advanceSeconds(40);
    await waitFor(dialogShown, 'the idle warning');

    clock.advanceSeconds(19);
    expect(emitted).toEqual([]);
    clock.advanceSeconds(1);
    clock.advanceSeconds(5);

    expect(emitted).toEqual([SessionActions.ended()]);
    await waitFor(() => !dialogShown(), 'the warning to close');
  });

  it('restarts the count with every API answer', () => {
    clock.advanceSeconds(30);
    TestBed.inject(SessionActivity).record();
    clock.advanceSeconds(59);

    expect(emitted).toEqual([]);
    expect(watcher.secondsLeft()).toBe(1);
  });

  it('does not count while nobody is signed in, and closes the warning on sign-out', async () => {
    clock.advanceSeconds(41);
    await waitFor(dialogShown, 'the idle warning');

    store.setState(authStateWith({ status: 'signed-out' }));
    await waitFor(() => !dialogShown(), 'the warning to close');
    clock.advanceSeconds(600);

    expect(emitted).toEqual([]);
    expect(dialogShown()).toBeFalse();
  });
});

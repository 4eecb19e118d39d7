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
import { MatSelectHarness } from '@angular/material/select/testing';
import type { NetworkMember } from '@domain/network/network-member';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { MemberDialogActions } from '../member-dialog.actions';
import { fieldsOf } from '../member-edit';
import type { NetworkState } from '../network.feature';
import { CLIENT_ID, memberWith, storeWith } from '../testing/network-fixtures';
import { openMemberDialog } from './member-dialog';

@Component({
  selector: 'app-member-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly injector = inject(Injector);
}

describe('MemberDialog', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let closedWith: unknown[];
  const state = storeWith(signedInState(sessionInfoFor('therapist')));
  const member = memberWith({ activeFrom: '2020-01-01', version: 2 });

  async function open(data: {
    member: NetworkMember | null;
    readOnly?: boolean;
  }): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: state }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(DialogHost);
    closedWith = [];
    openMemberDialog(fixture.componentInstance.injector, {
      clientId: CLIENT_ID,
      member: data.member,
      readOnly: data.readOnly ?? false,
    })
      .afterClosed()
      .subscribe((result) => closedWith.push(result));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatDialogHarness);
  }

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const fill = async (label: string, value: string) =>
    (await (await field(label)).getControl(MatInputHarness))!.setValue(value);
  const choose = async (label: string, option: string) => {
    const select = (await (await field(label)).getControl(MatSelectHarness))!;
    await select.open();
    await select.clickOptions({ text: option });
  };
  const errorsOf = async (label: string) => (await field(label)).getTextErrors();
  const click = async (text: string) =>
    (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const setNetwork = (changes: Partial<NetworkState>) =>
    store.setState({ ...state, network: { ...(state['network'] as NetworkState), ...changes } });

  it('adds a person with the clinician’s choices, showing the category the relationship implies', async () => {
    const dialog = await open({ member: null });
    expect(await dialog.getTitleText()).toBe('Add a person to the network');
    expect(dispatch).toHaveBeenCalledWith(MemberDialogActions.opened());

    await fill('Name', '  Maria Lopez ');
    await choose('Relationship', 'Parent');
    expect(await (await field('Relationship')).getTextHints()).toEqual(['Category: Family']);
    await choose('Tie strength', 'Strong');
    await choose('Tie quality', 'Supportive');
    await choose('Contact', 'Weekly');
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Emotional' }))).check();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Companionship' }))).check();
    await fill('Part of the client’s life since', '2024-05-01');
    await click('Add person');

    expect(dispatch).toHaveBeenCalledWith(
      MemberDialogActions.submitted({
        clientId: CLIENT_ID,
        version: null,
        edit: {
          kind: 'create',
          fields: {
            name: 'Maria Lopez',
            relationship: 'parent',
            supportTypes: ['emotional', 'companionship'],
            tieStrength: 'strong',
            tieQuality: 'supportive',
            energyFlow: 'both',
            contactFrequency: 'weekly',
            livesWithClient: false,
            involvement: 'none',
            consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
            emergencyContact: false,
            boundariesNote: '',
            activeFrom: '2024-05-01',
          },
        },
      }),
    );
  });

  it('checks the form with the shared rules before sending anything', async () => {
    await open({ member: null });
    dispatch.calls.reset();

    await choose('Consent', 'Granted');
    await click('Add person');

    expect(await errorsOf('Name')).toEqual(['Required.']);
    expect(await errorsOf('Relationship')).toEqual(['Required.']);
    expect(await errorsOf('Tie strength')).toEqual(['Required.']);
    expect(await errorsOf('Tie quality')).toEqual(['Required.']);
    expect(await errorsOf('Contact')).toEqual(['Required.']);
    expect(await errorsOf('Date given')).toEqual(['Required when consent is granted.']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('warns in words about consent while the form is filled', async () => {
    const dialog = await open({ member: null });

    expect(await dialog.getText()).toContain('Consent to share not asked');
    await choose('Consent', 'Granted');
    await fill('Date given', '2026-01-01');
    await fill('Expires on', '2026-02-01');

    expect(await dialog.getText()).toContain('Consent to share has expired');
  });

  it('edits a member on the version it was opened at', async () => {
    const dialog = await open({ member });
    expect(await dialog.getTitleText()).toBe('Edit Maria Lopez');
    expect(await (await (await field('Name')).getControl(MatInputHarness))!.getValue()).toBe(
      'Maria Lopez',
    );

    await choose('Tie quality', 'Strained');
    await click('Save changes');

    expect(dispatch).toHaveBeenCalledWith(
      MemberDialogActions.submitted({
        clientId: CLIENT_ID,
        version: 2,
        edit: {
          kind: 'update',
          memberId: member.id,
          fields: { ...fieldsOf(member), tieQuality: 'strained' },
        },
      }),
    );
  });

  it('shows the server’s field errors on the fields', async () => {
    await open({ member });
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'consent.expiresOn', message: 'Cannot be before the date consent was given.' },
      ],
    };

    setNetwork({ saveStatus: 'failed', saveError: problem });

    await waitFor(() => document.querySelector('mat-error') !== null, 'the field error');
    expect(await errorsOf('Expires on')).toEqual(['Cannot be before the date consent was given.']);
  });

  it('moves focus to a save failure that is not about a field, so Save does not seem to do nothing', async () => {
    await open({ member });
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Service unavailable',
      status: 503,
      detail: 'The server could not be reached. Nothing was saved.',
    };

    setNetwork({ saveStatus: 'failed', saveError: problem });

    await waitFor(() => document.querySelector('[role="alert"]') !== null, 'the notice');
    const notice = document.querySelector('[role="alert"]');
    expect(notice?.textContent?.trim()).toBe('The server could not be reached. Nothing was saved.');
    await waitFor(() => document.activeElement === notice, 'focus on the notice');
  });

  it('ends the relationship, not before it started', async () => {
    await open({ member });
    dispatch.calls.reset();
    await click('End relationship…');

    await fill('Ended on', '2019-12-31');
    await fill('Reason', 'Moved away');
    await click('End relationship');
    expect(await errorsOf('Ended on')).toEqual(['Cannot be before the relationship started.']);
    expect(dispatch).not.toHaveBeenCalled();

    await fill('Ended on', '2026-01-10');
    await click('End relationship');
    expect(dispatch).toHaveBeenCalledOnceWith(
      MemberDialogActions.submitted({
        clientId: CLIENT_ID,
        version: 2,
        edit: { kind: 'end', memberId: member.id, endedOn: '2026-01-10', endReason: 'Moved away' },
      }),
    );
  });

  it('shows the member as it is now after a conflict, then re-applies or discards the change', async () => {
    const dialog = await open({ member });
    const current = { ...member, name: 'Maria L.', tieQuality: 'mixed' as const, version: 5 };
    const edit = {
      kind: 'update',
      memberId: member.id,
      fields: { ...fieldsOf(member), tieQuality: 'strained' },
    } as const;

    setNetwork({ saveStatus: 'conflicted', conflict: { current, edit } });
    await waitFor(() => document.querySelector('.conflict') !== null, 'the conflict');

    expect(await dialog.getText()).toContain('Someone else changed Maria L. after you opened it');
    await click('Re-apply my changes');
    expect(dispatch).toHaveBeenCalledWith(
      MemberDialogActions.submitted({ clientId: CLIENT_ID, edit, version: 5 }),
    );

    await click('Discard my changes');
    expect(dispatch).toHaveBeenCalledWith(MemberDialogActions.conflictDiscarded({ current }));
    expect(await (await (await field('Name')).getControl(MatInputHarness))!.getValue()).toBe(
      'Maria L.',
    );
  });

  it('closes once saved', async () => {
    await open({ member });

    setNetwork({ saveStatus: 'saved' });

    await waitFor(() => closedWith.length > 0, 'the dialog to close');
    expect(closedWith).toEqual([true]);
  });

  it('lets readers look without changing anything', async () => {
    const dialog = await open({ member, readOnly: true });

    expect(await dialog.getTitleText()).toBe('Maria Lopez');
    // Read as text, not as greyed fields: no form at all, every fact labelled.
    const content = document.querySelector('mat-dialog-content') as HTMLElement;
    expect(content.querySelector('form, input, mat-select')).toBeNull();
    const facts = Array.from(content.querySelectorAll('app-member-facts .fact')).map((fact) => [
      fact.querySelector('dt')?.textContent?.trim(),
      fact.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(facts).toContain(['Name', 'Maria Lopez']);
    expect(facts.map(([label]) => label)).toContain('Consent to share information');
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: /Save|End relationship/ })),
    ).toEqual([]);
    await click('Close');
    await waitFor(() => closedWith.length > 0, 'the dialog to close');
  });
});

import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipSetHarness } from '@angular/material/chips/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import type { SupportNote } from '@domain/notes/support-note';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import type { NotesState } from '../notes.feature';
import {
  CLIENT_ID,
  memberNumber,
  networkStateShowing,
  noteNumber,
  notesStateShowing,
  storeWith,
  viewWith,
} from '../../testing/network-fixtures';
import { NotesTabActions } from '../notes-tab.actions';
import NotesTab from './notes-tab';
import { provideRouterStateInMockStore } from '../../../../testing/router-state';

describe('NotesTab', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let host: HTMLElement;
  const sister = memberNumber(1, { name: 'Jo Example', relationship: 'sibling' });
  const ended = memberNumber(2, { name: 'Old friend', endedOn: '2026-06-30' });
  const network = networkStateShowing(viewWith({ members: [sister], endedMembers: [ended] }));
  const amended = noteNumber(2, {
    noteDate: '2026-11-20',
    text: 'Sister now drives to sessions.',
    memberIds: [sister.id, ended.id],
    amended: true,
    version: 2,
  });
  const plain = noteNumber(1, { noteDate: '2026-10-02', text: 'First note.' });

  async function render(notes: Partial<NotesState>, role: Role = 'therapist'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'clients/:id', children: [{ path: 'notes', component: NotesTab }] },
        ]),
        provideRouterStateInMockStore(),
        provideMockStore({
          initialState: storeWith(signedInState(sessionInfoFor(role)), network, notes),
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/notes`, NotesTab);
    host = harness.routeNativeElement!;
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  const shown = (notes: readonly SupportNote[], total = notes.length) =>
    notesStateShowing(notes, total);
  const buttons = async (text: RegExp) =>
    (await loader.getAllHarnesses(MatButtonHarness.with({ text }))).length;

  it('opens the notes of the client named by the parent route', async () => {
    await render(shown([amended, plain]));

    expect(dispatch).toHaveBeenCalledWith(NotesTabActions.opened({ clientId: CLIENT_ID }));
  });

  it('shows the timeline newest first, with date, author, the people tagged and an "Amended" marker', async () => {
    await render(shown([plain, amended]));
    const notes = Array.from(host.querySelectorAll('.note'));

    expect(notes.map((note) => note.querySelector('.date')?.textContent?.trim())).toEqual([
      'Nov 20, 2026',
      'Oct 2, 2026',
    ]);
    expect(notes[0].querySelector('.author')?.textContent?.trim()).toBe('by Tess Therapist');
    expect(notes[0].querySelector('.amended')?.textContent).toContain('Amended');
    expect(notes[1].querySelector('.amended')).toBeNull();
    const chips = await (await loader.getHarness(MatChipSetHarness)).getChips();
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual([
      'Jo Example',
      'Old friend',
    ]);
  });

  it('lets a therapist add and amend notes, and anyone read a note’s history', async () => {
    await render(shown([amended]));

    expect(await buttons(/Add note/)).toBe(1);
    await (await loader.getHarness(MatButtonHarness.with({ text: /^Amend/ }))).click();
    expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe(
      'Amend the note of Nov 20, 2026',
    );
  });

  it('opens a note’s history', async () => {
    await render(shown([amended]), 'supervisor');

    await (await loader.getHarness(MatButtonHarness.with({ text: /^History/ }))).click();

    expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe(
      'History of the note of Nov 20, 2026',
    );
  });

  it('leaves supervisors read-only', async () => {
    await render(shown([amended]), 'supervisor');

    expect(await buttons(/Add note|Amend/)).toBe(0);
    expect(await buttons(/History/)).toBe(1);
  });

  it('loads more notes while the timeline is incomplete', async () => {
    await render(shown([amended, plain], 30));

    expect(host.querySelector('.count')?.textContent?.trim()).toBe('2 of 30 notes, newest first.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Load more' }))).click();

    expect(dispatch).toHaveBeenCalledWith(NotesTabActions.loadMoreClicked());
  });

  it('invites the first note when there is none', async () => {
    await render(shown([]));

    expect(host.querySelector('app-empty-state')?.textContent).toContain('No support notes yet');
    expect(await buttons(/Add the first note/)).toBe(1);
  });

  it('offers a retry when the notes cannot be loaded', async () => {
    await render({
      clientId: CLIENT_ID,
      loadStatus: 'failed',
      loadError: { type: 'about:blank', title: 'No connection', status: 0 },
    });

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('No connection');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(NotesTabActions.retryClicked());
  });
});

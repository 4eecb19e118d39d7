import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { todayIsoDate } from '@domain/common/iso-date';
import type { SupportNote } from '@domain/notes/support-note';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import { waitFor } from '../../../../testing/wait-for';
import { CLIENT_ID, memberNumber, noteWith, storeWith } from '../../testing/network-fixtures';
import { NoteDialogActions } from '../note-dialog.actions';
import type { NotesState } from '../notes.feature';
import { openNoteDialog } from './note-dialog';

@Component({
  selector: 'app-note-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly injector = inject(Injector);
}

describe('NoteDialog', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let closedWith: unknown[];
  const state = storeWith(signedInState(sessionInfoFor('therapist')));
  const sister = memberNumber(1, { name: 'Jo Example' });
  const friend = memberNumber(2, { name: 'Amir Haddad' });
  const members = [sister, friend].map(({ id, name }) => ({ id, name }));
  const note = noteWith({ text: 'Original wording', memberIds: [sister.id], version: 1 });

  async function open(existing: SupportNote | null): Promise<MatDialogHarness> {
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
    openNoteDialog(fixture.componentInstance.injector, {
      clientId: CLIENT_ID,
      note: existing,
      members,
    })
      .afterClosed()
      .subscribe((result) => closedWith.push(result));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatDialogHarness);
  }

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const click = async (text: string) =>
    (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const setNotes = (changes: Partial<NotesState>) =>
    store.setState({ ...state, notes: { ...(state['notes'] as NotesState), ...changes } });

  it('writes a dated note about people in the network, counting the characters', async () => {
    const dialog = await open(null);
    expect(await dialog.getTitleText()).toBe('Add a support note');
    expect(await (await input('Date')).getValue()).toBe(todayIsoDate());

    await (await input('Date')).setValue('2026-11-20');
    await (await input('Note')).setValue('Sister now drives to sessions.');
    expect(await (await field('Note')).getTextHints()).toEqual(['30 / 5000']);
    const tags = (await (await field('People this note is about')).getControl(MatSelectHarness))!;
    await tags.open();
    // A multiple select stays open; Escape would close the dialog too, so the panel is left open.
    await tags.clickOptions({ text: 'Jo Example' });
    await click('Add note');

    expect(dispatch).toHaveBeenCalledWith(
      NoteDialogActions.createSubmitted({
        clientId: CLIENT_ID,
        request: {
          noteDate: '2026-11-20',
          text: 'Sister now drives to sessions.',
          memberIds: [sister.id],
        },
      }),
    );
  });

  it('refuses an empty note before sending anything', async () => {
    await open(null);
    dispatch.calls.reset();

    await click('Add note');

    expect(await (await field('Note')).getTextErrors()).toEqual(['Required.']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('amends a note with a required reason, on its version', async () => {
    const dialog = await open(note);
    expect(await dialog.getTitleText()).toBe('Amend the note of Nov 20, 2026');
    expect(await (await input('Note')).getValue()).toBe('Original wording');
    dispatch.calls.reset();

    await (await input('Note')).setValue('Corrected wording');
    await click('Save amendment');
    expect(await (await field('Reason for the amendment')).getTextErrors()).toEqual(['Required.']);
    expect(dispatch).not.toHaveBeenCalled();

    await (await input('Reason for the amendment')).setValue('Typo in date reference');
    await click('Save amendment');
    expect(dispatch).toHaveBeenCalledOnceWith(
      NoteDialogActions.amendSubmitted({
        clientId: CLIENT_ID,
        noteId: note.id,
        amendment: {
          text: 'Corrected wording',
          memberIds: [sister.id],
          reason: 'Typo in date reference',
        },
        version: 1,
      }),
    );
  });

  it('shows a tag the server refuses on the tags field', async () => {
    await open(null);
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'memberIds.0', message: "Not a member of this client's network." }],
    };

    setNotes({ saveStatus: 'failed', saveError: problem });

    await waitFor(() => document.querySelector('mat-error') !== null, 'the field error');
    expect(await (await field('People this note is about')).getTextErrors()).toEqual([
      "Not a member of this client's network.",
    ]);
  });

  it('shows the note as it is now after a conflict, then re-applies or discards the amendment', async () => {
    const dialog = await open(note);
    const current = { ...note, text: 'Someone else’s wording', version: 2 };
    const amendment = { text: 'Corrected wording', memberIds: [], reason: 'Typo' };

    setNotes({ saveStatus: 'conflicted', conflict: { current, amendment } });
    await waitFor(() => document.querySelector('.conflict') !== null, 'the conflict');

    expect(await dialog.getText()).toContain('Someone else’s wording');
    await click('Re-apply my amendment');
    expect(dispatch).toHaveBeenCalledWith(
      NoteDialogActions.amendSubmitted({
        clientId: CLIENT_ID,
        noteId: note.id,
        amendment,
        version: 2,
      }),
    );
    await click('Discard my amendment');
    expect(dispatch).toHaveBeenCalledWith(NoteDialogActions.conflictDiscarded({ current }));
    expect(await (await input('Note')).getValue()).toBe('Someone else’s wording');
  });

  it('closes once saved', async () => {
    await open(null);

    setNotes({ saveStatus: 'saved' });

    await waitFor(() => closedWith.length > 0, 'the dialog to close');
    expect(closedWith).toEqual([true]);
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import { CLIENT_ID, noteWith, revisionWith, storeWith } from '../../testing/network-fixtures';
import { NoteHistoryDialogActions } from '../note-history-dialog.actions';
import { openNoteHistoryDialog } from './note-history-dialog';

@Component({
  selector: 'app-note-history-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly injector = inject(Injector);
}

describe('NoteHistoryDialog', () => {
  it('lists every version, the original first, with who, when and why', async () => {
    const note = noteWith({ amended: true, version: 2 });
    const items = [
      revisionWith({ text: 'Original wording', memberIds: ['m1'] }),
      revisionWith({
        version: 2,
        text: 'Corrected wording',
        reason: 'Typo in date reference',
        recordedByName: 'Theo Therapist',
      }),
    ];
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: storeWith(
            signedInState(sessionInfoFor('supervisor')),
            {},
            { history: { noteId: note.id, items, status: 'loaded', error: null } },
          ),
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const fixture = TestBed.createComponent(DialogHost);
    openNoteHistoryDialog(fixture.componentInstance.injector, {
      clientId: CLIENT_ID,
      note,
      memberNames: { m1: 'Jo Example' },
    });
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);

    expect(dispatch).toHaveBeenCalledOnceWith(
      NoteHistoryDialogActions.opened({ clientId: CLIENT_ID, noteId: note.id }),
    );
    const versions = Array.from(document.querySelectorAll('.versions > li')).map((version) => ({
      heading: version.querySelector('h3')?.textContent?.trim(),
      meta: version.querySelector('.revision-meta')?.textContent?.trim(),
      reason: version.querySelector('.revision-reason')?.textContent?.trim() ?? null,
      text: version.querySelector('.text')?.textContent?.trim(),
      tags: version.querySelector('.tags')?.textContent?.trim() ?? null,
    }));
    expect(versions).toEqual([
      {
        heading: 'Original',
        meta: jasmine.stringMatching(/ by Tess Therapist$/),
        reason: null,
        text: 'Original wording',
        tags: 'About: Jo Example',
      },
      {
        heading: 'Amendment 1',
        meta: jasmine.stringMatching(/ by Theo Therapist$/),
        reason: 'Reason: Typo in date reference',
        text: 'Corrected wording',
        tags: null,
      },
    ]);
    expect(await dialog.getTitleText()).toBe('History of the note of Nov 20, 2026');
  });
});

import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { Icon } from '../../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { SupportNote } from '@domain/notes/support-note';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { selectRouteClientId } from '../../../shared/router/route-params.selectors';
import { networkFeature } from '../../network.feature';
import { openNoteDialog, type TaggableMember } from '../note-dialog/note-dialog';
import { openNoteHistoryDialog } from '../note-history-dialog/note-history-dialog';
import { NotesTabActions } from '../notes-tab.actions';
import { notesFeature } from '../notes.feature';
import { TakesFocus } from '../../../shared/focus/takes-focus';

/**
 * The client's support notes: a dated timeline, newest first, each with its author, the people it
 * is about, and whether it was amended. Therapists add and amend notes; an amendment keeps the
 * earlier wording in the note's history. Supervisors read.
 */
@Component({
  selector: 'app-notes-tab',
  imports: [TakesFocus, DatePipe, MatButton, MatChipSet, MatChip, Icon, MatProgressBar, EmptyState],
  templateUrl: './notes-tab.html',
  styleUrl: './notes-tab.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotesTab {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);

  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly viewModel = this.store.selectSignal(notesFeature.selectNotesViewModel);
  protected readonly memberNames = this.store.selectSignal(networkFeature.selectMemberNames);
  private readonly members = this.store.selectSignal(networkFeature.selectMembers);

  /** Today's network members, the people a new note can be about. */
  private readonly taggable = computed<TaggableMember[]>(() =>
    this.members().map(({ id, name }) => ({ id, name })),
  );

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(NotesTabActions.opened({ clientId })));
      }
    });
  }

  protected memberName(id: string): string {
    return this.memberNames()[id] ?? 'Former network member';
  }

  protected addNote(): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openNoteDialog(this.injector, { clientId, note: null, members: this.taggable() });
    }
  }

  /** Amending keeps the people already tagged selectable, even if they have left the network since. */
  protected amend(note: SupportNote): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      const active = this.taggable();
      const former = note.memberIds
        .filter((id) => !active.some((member) => member.id === id))
        .map((id) => ({ id, name: this.memberName(id) }));
      openNoteDialog(this.injector, { clientId, note, members: [...active, ...former] });
    }
  }

  protected showHistory(note: SupportNote): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openNoteHistoryDialog(this.injector, { clientId, note, memberNames: this.memberNames() });
    }
  }

  protected loadMore(): void {
    this.store.dispatch(NotesTabActions.loadMoreClicked());
  }

  protected retry(): void {
    this.store.dispatch(NotesTabActions.retryClicked());
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { PROGRAMME_KINDS, PROGRAMME_KIND_CODES, type ProgrammeKind } from '@domain/community/programme-codes';
import type { CommunityProgramme } from '@domain/community/programme';
import { createProgrammeRequestSchema, type CreateProgrammeRequest } from '@domain/community/programme-requests';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { problemOf } from '../../../core/errors/problem-of';
import { checkWithSchema } from '../../../shared/forms/check-with-schema';
import { ConflictNotice } from '../../../shared/conflict-notice/conflict-notice';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { RequestStatus } from '../../../shared/request-status/request-status';
import { saveFailureOf } from '../../../shared/versioned-edits/save-failure';
import { ProgrammesApi } from '../programmes-api';
import { TakesFocus } from '../../../shared/focus/takes-focus';

/** What the form holds: a programme's facts, as an administrator types them. */
type ProgrammeDraft = { -readonly [K in keyof CreateProgrammeRequest]: CreateProgrammeRequest[K] };

const emptyDraft = (): ProgrammeDraft => ({
  name: '',
  kind: 'peer-support-group',
  contactName: '',
  phone: '',
  email: '',
  website: '',
  area: '',
  notes: '',
  active: true,
});

const draftOf = (programme: CommunityProgramme): ProgrammeDraft => ({
  name: programme.name,
  kind: programme.kind,
  contactName: programme.contactName,
  phone: programme.phone,
  email: programme.email,
  website: programme.website,
  area: programme.area,
  notes: programme.notes,
  active: programme.active,
});

/**
 * The community programmes directory (issue #16, item 5): administrators add and change the
 * programmes therapists refer clients to, and retire those that stopped (kept for the referrals
 * that name them). Versioned: a stale save shows the shared conflict notice.
 */
@Component({
  selector: 'app-programmes-page',
  imports: [TakesFocus, FormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatInput, MatSelect, MatOption, ConflictNotice, EmptyState, RequestStatus],
  templateUrl: './programmes-page.html',
  styleUrls: ['../../_admin-page.scss', './programmes-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProgrammesPage {
  private readonly api = inject(ProgrammesApi);

  protected readonly kinds = PROGRAMME_KINDS;
  protected readonly kindCodes: readonly ProgrammeKind[] = PROGRAMME_KIND_CODES;
  protected readonly programmes = signal<readonly CommunityProgramme[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadProblem = signal<ProblemDocument | null>(null);

  /** The programme being changed (null: a new one); the form is closed when `formOpen` is false. */
  protected readonly formOpen = signal(false);
  protected readonly editing = signal<CommunityProgramme | null>(null);
  protected draft: ProgrammeDraft = emptyDraft();
  protected readonly saving = signal(false);
  protected readonly problem = signal<ProblemDocument | null>(null);
  protected readonly conflict = signal<CommunityProgramme | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadProblem.set(null);
    this.api.list().subscribe({
      next: (programmes) => {
        this.programmes.set(programmes);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadProblem.set(problemOf(error));
        this.loading.set(false);
      },
    });
  }

  protected add(): void {
    this.open(null);
  }

  protected edit(programme: CommunityProgramme): void {
    this.open(programme);
  }

  protected cancel(): void {
    this.formOpen.set(false);
    this.conflict.set(null);
    this.problem.set(null);
  }

  protected fieldError(field: string): string | null {
    return this.problem()?.errors?.find((error) => error.field === field)?.message ?? null;
  }

  protected save(): void {
    const editing = this.editing();
    const checked = checkWithSchema(createProgrammeRequestSchema, this.draft);
    if ('problem' in checked) {
      this.problem.set(checked.problem);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    const request = editing === null ? this.api.create(checked.request) : this.api.update(editing.id, { ...checked.request, version: editing.version });
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.programmes.update((list) =>
          (editing === null ? [...list, saved] : list.map((item) => (item.id === saved.id ? saved : item))).slice().sort((a, b) => a.name.localeCompare(b.name)),
        );
        this.formOpen.set(false);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const failure = saveFailureOf<CommunityProgramme>(error);
        if (failure.current !== null) {
          this.conflict.set(failure.current);
        } else {
          this.problem.set(failure.problem);
        }
      },
    });
  }

  /** Keeps the administrator's edit and saves it on top of the version someone else saved. */
  protected reapply(): void {
    const current = this.conflict();
    if (current !== null) {
      this.editing.set(current);
      this.conflict.set(null);
      this.replace(current);
      this.save();
    }
  }

  /** Drops the edit: the form shows the programme as it is now. */
  protected discard(): void {
    const current = this.conflict();
    if (current !== null) {
      this.conflict.set(null);
      this.replace(current);
      this.open(current);
    }
  }

  private open(programme: CommunityProgramme | null): void {
    this.editing.set(programme);
    this.draft = programme === null ? emptyDraft() : draftOf(programme);
    this.problem.set(null);
    this.conflict.set(null);
    this.formOpen.set(true);
  }

  private replace(programme: CommunityProgramme): void {
    this.programmes.update((list) => list.map((item) => (item.id === programme.id ? programme : item)));
  }
}

import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { raisesRiskFlag, type FamilySession } from '@domain/sessions/family-session';
import { riskReviewRequestSchema } from '@domain/sessions/session-requests';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { problemOf } from '../../core/errors/problem-of';
import { SessionsApi } from '../sessions-api';
import { SessionsApiActions } from '../sessions-api.actions';
import { isStaleVersion } from '../../shared/versioned-edits/save-failure';

/**
 * The review of a session's risk concerns: until a clinician marks them reviewed, with a note, the
 * client carries the "risk noted" flag (on the Overview, the caseload and the supervisor's list).
 * Once reviewed, who-when-what stays shown here; changed concerns need a new review.
 */
@Component({
  selector: 'app-risk-review',
  imports: [DatePipe, ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput],
  template: `
    @let current = session();
    @if (current.riskReview; as review) {
      <p class="reviewed">
        Risk concerns reviewed on {{ review.reviewedAt | date: 'MMM d, y' }}: {{ review.note }}
      </p>
    } @else if (flagged()) {
      <div class="pending">
        <p class="flag-line"><strong>Risk noted</strong>: not yet reviewed, so the client is flagged.</p>
        @if (canWrite()) {
          <form [formGroup]="form" (ngSubmit)="submit(current)" novalidate>
            <mat-form-field class="note">
              <mat-label>Review note</mat-label>
              <textarea #noteInput matInput formControlName="note" rows="2" [attr.maxlength]="limit" aria-required="true"></textarea>
              <mat-hint>What was done about these concerns, e.g. safety plan agreed.</mat-hint>
              <mat-error>{{ noteError() }}</mat-error>
            </mat-form-field>
            <button mat-stroked-button type="submit" [disabled]="saving()">Mark risk reviewed</button>
          </form>
          @if (problem(); as message) {
            <p class="problem" role="alert">{{ message }}</p>
          }
        }
      </div>
    }
  `,
  styles: `
    .reviewed,
    .flag-line {
      margin: 8px 0 0;
    }
    .pending {
      margin-top: 8px;
      padding: 8px 12px;
      border-inline-start: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    form {
      display: grid;
      gap: 8px;
      margin-top: 8px;
      justify-items: start;
    }
    .note {
      width: 100%;
    }
    .problem {
      margin: 8px 0 0;
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskReview {
  private readonly store = inject(Store);
  private readonly api = inject(SessionsApi);
  private readonly noteInput = viewChild<ElementRef<HTMLTextAreaElement>>('noteInput');

  readonly session = input.required<FamilySession>();
  readonly canWrite = input(false);

  protected readonly limit = TEXT_LIMITS.shortText;
  protected readonly form = new FormGroup({ note: new FormControl('', { nonNullable: true }) });
  private readonly note = this.form.controls.note;
  protected readonly flagged = computed(() => raisesRiskFlag(this.session()));
  protected readonly saving = signal(false);
  protected readonly noteError = signal('');
  protected readonly problem = signal<string | null>(null);

  protected submit(session: FamilySession): void {
    const parsed = riskReviewRequestSchema.safeParse({ note: this.note.value, version: session.version });
    if (!parsed.success) {
      this.noteError.set('Say what was done about these concerns.');
      this.note.setErrors({ note: true });
      this.note.markAsTouched();
      this.noteInput()?.nativeElement.focus();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.api.reviewRisk(session.clientId, session.id, parsed.data.note, session.version).subscribe({
      next: (reviewed) => {
        this.saving.set(false);
        this.store.dispatch(SessionsApiActions.sessionLoaded({ session: reviewed }));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = problemOf(error);
        this.problem.set(
          isStaleVersion(problem)
            ? 'The session changed meanwhile: reload it, then review again.'
            : (problem.detail ?? problem.title),
        );
      },
    });
  }
}

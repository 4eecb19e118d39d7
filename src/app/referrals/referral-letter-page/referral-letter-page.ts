import { ChangeDetectionStrategy, Component, DOCUMENT, effect, inject, input, signal, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { ReferralLetter } from '@domain/referrals/referral-letter';
import { problemOf } from '../../core/errors/problem-of';
import { Icon } from '../../shared/icon/icon';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { ReferralsApi } from '../referrals-api';

/**
 * A referral letter to a community programme, for paper (#16, item 8). The server cuts it to what
 * the client agreed to share and records the print; this page lays it out: the programme as the
 * addressee, the client (by name only if agreed), the reason (only if agreed), a line for contact
 * details (only if agreed), and the referring clinician and clinic to answer.
 */
@Component({
  selector: 'app-referral-letter-page',
  imports: [MatAnchor, MatButton, MatProgressBar, RouterLink, Icon],
  templateUrl: './referral-letter-page.html',
  styleUrl: './referral-letter-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ReferralLetterPage {
  private readonly api = inject(ReferralsApi);
  private readonly document = inject(DOCUMENT);

  /** The client (route parameter `id`). */
  readonly id = input.required<string>();
  readonly referralId = input.required<string>();

  protected readonly letter = signal<ReferralLetter | null>(null);
  protected readonly problem = signal<ProblemDocument | null>(null);
  protected readonly date = formatCalendarDate;

  constructor() {
    effect(() => {
      const clientId = this.id();
      const referralId = this.referralId();
      untracked(() => this.load(clientId, referralId));
    });
  }

  protected load(clientId = this.id(), referralId = this.referralId()): void {
    this.letter.set(null);
    this.problem.set(null);
    this.api.letter(clientId, referralId).subscribe({
      next: (letter) => this.letter.set(letter),
      error: (error: unknown) => this.problem.set(problemOf(error)),
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

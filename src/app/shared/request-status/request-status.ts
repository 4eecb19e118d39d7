import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ProblemDocument } from '@domain/problem/problem-document';

/**
 * Where a page's list load stands, above the list: a progress bar in a strip whose height is kept
 * while nothing loads (so the list never jumps), and a failed load's problem with Retry.
 */
@Component({
  selector: 'app-request-status',
  imports: [MatProgressBar, MatButton],
  templateUrl: './request-status.html',
  styleUrl: './request-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStatus {
  readonly loading = input.required<boolean>();
  readonly problem = input.required<ProblemDocument | null>();
  /** What the progress bar announces, e.g. "Loading clients". */
  readonly loadingLabel = input.required<string>();
  readonly retry = output();
}

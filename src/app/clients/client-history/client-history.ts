import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { HistoryEntry } from '@domain/audit/history-entry';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { CLOCK } from '../../core/time/clock';
import { relativeTime } from '../../shared/time/relative-time';
import { humanFieldName } from '../client-field-names';
import type { LoadStatus } from '../../shared/state/request-status';

/** How each kind of change reads in a sentence ("Tess Therapist updated …"). */
const ACTION_VERBS: Readonly<Record<string, string>> = {
  create: 'added the client',
  update: 'updated',
  'status-change': 'changed',
  reassign: 'reassigned the client',
  amend: 'amended',
};

export interface HistoryLine {
  readonly id: string;
  readonly who: string;
  readonly what: string;
  readonly at: string;
  readonly when: string;
}

/** Who changed the record, what (field names, never values) and when; newest first. */
@Component({
  selector: 'app-client-history',
  imports: [DatePipe, MatButton, MatProgressBar],
  templateUrl: './client-history.html',
  styleUrl: './client-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientHistory {
  private readonly clock = inject(CLOCK);

  readonly entries = input.required<readonly HistoryEntry[]>();
  readonly status = input.required<LoadStatus>();
  readonly error = input.required<ProblemDocument | null>();
  readonly retry = output();

  protected readonly lines = computed((): HistoryLine[] => {
    const now = this.clock.now();
    return this.entries().map((entry) => ({
      id: entry.id,
      who: entry.userName,
      what: describe(entry),
      at: entry.at,
      when: relativeTime(entry.at, now),
    }));
  });
}

function describe({ action, fields }: HistoryEntry): string {
  const verb = ACTION_VERBS[action] ?? action.replace(/-/g, ' ');
  const names = action === 'create' || action === 'reassign' ? [] : fields.map(humanFieldName);
  return names.length > 0 ? `${verb} ${names.join(', ')}` : verb;
}

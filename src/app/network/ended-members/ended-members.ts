import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RELATIONSHIPS } from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { ConsentBadge } from '../consent-badge/consent-badge';

/** Relationships that have ended: kept with their history, and re-activated when they resume. */
@Component({
  selector: 'app-ended-members',
  imports: [MatButton, ConsentBadge],
  templateUrl: './ended-members.html',
  styleUrl: './ended-members.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EndedMembers {
  readonly members = input.required<readonly NetworkMember[]>();
  readonly onDate = input.required<string>();
  readonly canEdit = input(false);
  readonly reactivate = output<NetworkMember>();

  /** "Ended Jun 30, 2026: Moved away". */
  protected ending(member: NetworkMember): string {
    const date = `Ended ${formatCalendarDate(member.endedOn ?? '')}`;
    return member.endReason ? `${date}: ${member.endReason}` : date;
  }

  protected relationship(member: NetworkMember): string {
    return RELATIONSHIPS[member.relationship].label;
  }
}

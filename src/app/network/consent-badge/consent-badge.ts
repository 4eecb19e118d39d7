import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { allowsSharing, CONSENT_STATE_LABELS, consentStateOn } from '@domain/network/consent-state';
import type { NetworkMemberFacts } from '@domain/network/network-member';

/**
 * Whether information may be shared with a member on a date, in words and with an icon (never by
 * colour alone). Anything but current consent is a warning: expiring soon, expired, declined, not
 * asked or not yet in force.
 */
@Component({
  selector: 'app-consent-badge',
  imports: [Icon],
  template: `
    <app-icon class="icon" [name]="icon()" />
    <span class="text">{{ label() }}</span>
  `,
  styleUrl: './consent-badge.scss',
  host: {
    class: 'consent-badge',
    '[class.current]': "state() === 'current'",
    '[class.expiring]': "state() === 'expiring'",
    '[class.blocked]': '!sharing()',
    '[attr.data-state]': 'state()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentBadge {
  readonly consent = input.required<NetworkMemberFacts['consent']>();
  /** The date the consent is judged on (YYYY-MM-DD): today, or the date of a past view. */
  readonly onDate = input.required<string>();

  protected readonly state = computed(() => consentStateOn(this.consent(), this.onDate()));
  protected readonly sharing = computed(() => allowsSharing(this.state()));
  protected readonly label = computed(() => CONSENT_STATE_LABELS[this.state()]);
  protected readonly icon = computed(() =>
    this.state() === 'current' ? 'verified_user' : this.sharing() ? 'schedule' : 'warning',
  );
}

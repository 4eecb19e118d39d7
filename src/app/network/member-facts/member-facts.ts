import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  CONSENT_STATUSES,
  CONTACT_FREQUENCIES,
  ENERGY_FLOWS,
  NETWORK_CATEGORIES,
  RELATIONSHIPS,
  TIE_QUALITIES,
  TIE_STRENGTHS,
  TREATMENT_INVOLVEMENT,
} from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import { ConsentBadge } from '../consent-badge/consent-badge';
import { supportTypesInWords } from '../member-description';

/** One labelled fact; an empty value reads "Not recorded". */
interface Fact {
  readonly label: string;
  readonly value: string;
}

/**
 * Everything recorded about a network member, as plain text: what a reader who may not change the
 * record (a supervisor) sees instead of greyed, disabled form fields.
 */
@Component({
  selector: 'app-member-facts',
  imports: [ConsentBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="facts">
      @for (fact of facts(); track fact.label) {
        <div class="fact">
          <dt>{{ fact.label }}</dt>
          <dd>{{ fact.value || 'Not recorded' }}</dd>
        </div>
      }
      <div class="fact">
        <dt>Consent to share information</dt>
        <dd><app-consent-badge [consent]="member().consent" [onDate]="onDate()" /></dd>
      </div>
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 12px 24px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class MemberFacts {
  readonly member = input.required<NetworkMember>();
  /** The date consent is judged on (YYYY-MM-DD). */
  readonly onDate = input.required<string>();

  protected readonly facts = computed<readonly Fact[]>(() => {
    const member = this.member();
    const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
    const facts: Fact[] = [
      { label: 'Name', value: member.name },
      { label: 'Relationship', value: `${RELATIONSHIPS[member.relationship].label} (${NETWORK_CATEGORIES[member.category]})` },
      { label: 'Support given', value: capitalised(supportTypesInWords(member.supportTypes)) },
      { label: 'Tie', value: `${TIE_STRENGTHS[member.tieStrength]}, ${TIE_QUALITIES[member.tieQuality].toLowerCase()}` },
      { label: 'Support flows', value: ENERGY_FLOWS[member.energyFlow] },
      { label: 'Contact', value: CONTACT_FREQUENCIES[member.contactFrequency] },
      { label: 'Lives with the client', value: yesNo(member.livesWithClient) },
      { label: 'Involvement in treatment', value: TREATMENT_INVOLVEMENT[member.involvement] },
      { label: 'Emergency contact', value: yesNo(member.emergencyContact) },
      { label: 'Consent recorded', value: CONSENT_STATUSES[member.consent.status] },
      { label: 'Consent covers', value: member.consent.scope },
      { label: 'Consent given on', value: member.consent.givenOn ?? '' },
      { label: 'Consent expires on', value: member.consent.expiresOn ?? '' },
      { label: 'In the client’s life since', value: member.activeFrom },
      { label: 'Boundaries', value: member.boundariesNote },
    ];
    if (member.endedOn) {
      facts.push({ label: 'Relationship ended', value: `${member.endedOn}${member.endReason ? `: ${member.endReason}` : ''}` });
    }
    return facts;
  });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

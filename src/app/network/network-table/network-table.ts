import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import {
  CONTACT_FREQUENCIES,
  ENERGY_FLOWS,
  NETWORK_CATEGORIES,
  RELATIONSHIPS,
  SUPPORT_TYPES,
  TIE_QUALITIES,
  TIE_STRENGTHS,
} from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import { ConsentBadge } from '../consent-badge/consent-badge';

/** The ecomap as a table: the same facts for people who do not read the drawing (and for paper). */
@Component({
  selector: 'app-network-table',
  imports: [MatTableModule, ConsentBadge],
  templateUrl: './network-table.html',
  styleUrl: './network-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkTable {
  readonly members = input.required<readonly NetworkMember[]>();
  readonly onDate = input.required<string>();
  readonly caption = input.required<string>();

  protected readonly columns = [
    'name',
    'relationship',
    'category',
    'support',
    'strength',
    'quality',
    'flow',
    'contact',
    'consent',
  ];

  protected readonly rows = computed(() =>
    this.members().map((member) => ({
      member,
      relationship: RELATIONSHIPS[member.relationship].label,
      category: NETWORK_CATEGORIES[member.category],
      support:
        member.supportTypes.length > 0
          ? member.supportTypes.map((type) => SUPPORT_TYPES[type]).join(', ')
          : 'None recorded',
      strength: TIE_STRENGTHS[member.tieStrength],
      quality: TIE_QUALITIES[member.tieQuality],
      flow: ENERGY_FLOWS[member.energyFlow],
      contact: CONTACT_FREQUENCIES[member.contactFrequency],
    })),
  );
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CLIENT_STATUSES, type ClientStatus } from '@domain/clients/client-codes';

/** A client's status as a small coloured label: active, on hold, discharged. */
@Component({
  selector: 'app-client-status-chip',
  template: `{{ label() }}`,
  styleUrl: './client-status-chip.scss',
  host: {
    '[class.active]': 'status() === "active"',
    '[class.on-hold]': 'status() === "on-hold"',
    '[class.discharged]': 'status() === "discharged"',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientStatusChip {
  readonly status = input.required<ClientStatus>();

  protected readonly label = computed(() => CLIENT_STATUSES[this.status()]);
}

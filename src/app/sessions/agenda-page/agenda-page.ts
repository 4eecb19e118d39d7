import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-agenda-page',
  imports: [EmptyState],
  template: `
    <h1 class="page-title">Agenda</h1>
    <app-empty-state
      icon="event"
      heading="Coming soon"
      message="Your planned family sessions and network meetings will appear here, day by day, with their follow-ups."
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AgendaPage {}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyState } from '../../../shared/empty-state/empty-state';

@Component({
  selector: 'app-not-found-page',
  imports: [EmptyState, MatAnchor, RouterLink],
  template: `
    <h1 class="page-title">Page not found</h1>
    <app-empty-state
      icon="search_off"
      heading="Nothing at this address"
      message="The page may have moved, or the link may be incomplete."
    >
      <a mat-flat-button routerLink="/">Go to your home page</a>
    </app-empty-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFoundPage {}

import { DOCUMENT, Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { CLINIC_NAME } from '../../sessions/print/summary-view';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { Icon } from '../../shared/icon/icon';
import { QrCode } from '../../shared/qr-code/qr-code';
import { dateOf, instrumentNames } from '../self-report-words';
import { handoutStateOf } from './handout-state';

/**
 * A small printed handout for the client: the clinic, what to do, the QR code and the link. It names
 * nobody (it may be left on a table) and prints on its own, outside the client page.
 */
@Component({
  selector: 'app-handout-page',
  imports: [RouterLink, MatAnchor, MatButton, Icon, EmptyState, QrCode],
  templateUrl: './handout-page.html',
  styleUrl: './handout-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HandoutPage {
  private readonly document = inject(DOCUMENT);
  private readonly location = inject(Location);
  private readonly route = inject(ActivatedRoute);
  private readonly store = inject(Store);
  protected readonly clinicName = CLINIC_NAME;
  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly measuresLink = computed(() => ['/clients', this.clientId(), 'measures']);
  /** Read once: history state survives a reload of this page but never reaches the server. */
  protected readonly handout = toSignal(
    this.route.paramMap.pipe(map(() => handoutStateOf(this.location.getState()))),
    { initialValue: null },
  );
  protected readonly instruments = computed(() => {
    const handout = this.handout();
    return handout === null ? '' : instrumentNames(handout.instruments);
  });
  protected readonly expires = computed(() => {
    const handout = this.handout();
    return handout === null ? '' : dateOf(handout.expiresAt);
  });

  protected print(): void {
    this.document.defaultView?.print();
  }
}

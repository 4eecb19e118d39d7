import { DatePipe, DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { Icon } from '../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { isoDateSchema } from '@domain/common/iso-date-schema';
import { todayIsoDate } from '@domain/common/iso-date';
import type { NetworkMember } from '@domain/network/network-member';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { Ecomap } from '../ecomap/ecomap';
import { EcomapLegend } from '../ecomap-legend/ecomap-legend';
import { EndedMembers } from '../ended-members/ended-members';
import { openMemberDialog } from '../member-dialog/member-dialog';
import { NetworkCompare } from '../network-compare/network-compare';
import { NetworkTabActions } from '../network-tab.actions';
import { networkFeature } from '../network.feature';
import { NetworkSummaryCard } from '../network-summary-card/network-summary-card';
import { NetworkTable } from '../network-table/network-table';
import { ReferralsPanel } from '../../referrals/referrals-panel/referrals-panel';

/**
 * The client's support network as an ecomap, with its summary, a table of the same facts, and the
 * relationships that ended. A past date shows the network as it stood then (read-only); "Compare
 * two dates" puts the network on two dates side by side (treatment start and today by default). Therapists add, change and end members.
 */
@Component({
  selector: 'app-network-tab',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    Icon,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatProgressBar,
    MatSlideToggle,
    EmptyState,
    Ecomap,
    EcomapLegend,
    EndedMembers,
    NetworkSummaryCard,
    NetworkTable,
    NetworkCompare,
    ReferralsPanel,
  ],
  templateUrl: './network-tab.html',
  styleUrl: './network-tab.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NetworkTab {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly viewModel = this.store.selectSignal(networkFeature.selectNetworkViewModel);
  private readonly client = this.store.selectSignal(networkFeature.selectClient);
  private readonly asOf = this.store.selectSignal(networkFeature.selectAsOf);
  private readonly loadStatus = this.store.selectSignal(networkFeature.selectLoadStatus);
  protected readonly compare = this.store.selectSignal(networkFeature.selectCompare);

  protected readonly today = todayIsoDate();
  protected readonly fieldError = FIELD_ERROR;
  protected readonly showTable = signal(false);
  protected readonly asOfControl = new FormControl(this.today, { nonNullable: true });

  protected readonly clientName = computed(() => this.client()?.preferredName ?? 'Client');
  /** The date on screen: the view's, or (while it loads) the one asked for. */
  protected readonly shownDate = computed(
    () => this.viewModel().shown?.asOf ?? this.asOf() ?? this.today,
  );
  protected readonly past = computed(() => this.asOf() !== null);
  protected readonly reloading = computed(
    () => this.loadStatus() === 'loading' && this.viewModel().shown !== null,
  );
  private readonly comparison = this.store.selectSignal(networkFeature.selectComparison);
  private readonly compareDates = this.store.selectSignal(networkFeature.selectCompareDates);
  /**
   * The line under the heading on paper: the date shown, or in compare mode the two dates compared
   * (those drawn, else while they load those asked for; the defaults are treatment start and today).
   */
  protected readonly printHeading = computed(() => {
    const name = this.clientName();
    if (!this.compare()) {
      return `${name}, ${this.past() ? `as of ${formatCalendarDate(this.shownDate())}` : 'today'}`;
    }
    const comparison = this.comparison();
    const earlier = comparison?.earlier.asOf ?? this.compareDates().earlier;
    const later = comparison?.later.asOf ?? this.compareDates().later ?? this.today;
    const laterWords = later === this.today ? `today (${formatCalendarDate(later)})` : formatCalendarDate(later);
    return earlier === null
      ? `${name}, treatment start compared with ${laterWords}`
      : `${name}, ${formatCalendarDate(earlier)} compared with ${laterWords}`;
  });
  protected readonly drawingLabel = computed(
    () =>
      `Ecomap: support network of ${this.clientName()}${this.past() ? ` on ${formatCalendarDate(this.shownDate())}` : ', today'}`,
  );
  protected readonly tableCaption = computed(
    () =>
      `Support network of ${this.clientName()}${this.past() ? ` on ${formatCalendarDate(this.shownDate())}` : ', today'}`,
  );

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(NetworkTabActions.opened({ clientId })));
      }
    });
    // Coming back to the tab shows the date still asked for.
    effect(() => {
      const asOf = this.asOf() ?? this.today;
      untracked(() => {
        if (this.asOfControl.value !== asOf) {
          this.asOfControl.setValue(asOf);
        }
      });
    });
  }

  protected asOfEntered(): void {
    const value = this.asOfControl.value;
    if (value === '') {
      return;
    }
    if (!isoDateSchema.safeParse(value).success) {
      this.asOfControl.setErrors({ [FIELD_ERROR]: 'Not a real date.' });
    } else if (value > this.today) {
      this.asOfControl.setErrors({ [FIELD_ERROR]: 'Cannot be in the future.' });
    } else {
      this.store.dispatch(
        NetworkTabActions.asOfChanged({ asOf: value === this.today ? null : value }),
      );
    }
    this.asOfControl.markAsTouched();
  }

  protected backToToday(): void {
    this.asOfControl.setValue(this.today);
    this.store.dispatch(NetworkTabActions.asOfChanged({ asOf: null }));
  }

  protected compareToggled(compare: boolean): void {
    this.store.dispatch(NetworkTabActions.compareToggled({ compare }));
  }

  protected retry(): void {
    this.store.dispatch(NetworkTabActions.retryClicked());
  }

  protected addPerson(): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openMemberDialog(this.injector, { clientId, member: null, readOnly: false });
    }
  }

  /** Therapists edit today's members; anyone else (or any past date) reads them. */
  protected openMember(member: NetworkMember, editable = true): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openMemberDialog(this.injector, {
        clientId,
        member,
        readOnly: !(editable && this.viewModel().canEdit),
      });
    }
  }

  protected reactivate(member: NetworkMember): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      this.store.dispatch(
        NetworkTabActions.reactivateClicked({
          clientId,
          memberId: member.id,
          version: member.version,
        }),
      );
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

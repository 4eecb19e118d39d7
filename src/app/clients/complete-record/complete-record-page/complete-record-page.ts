import { DatePipe, DOCUMENT, formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, type ElementRef, inject, input, LOCALE_ID, untracked, viewChild } from '@angular/core';
import type { CompleteRecordPrintout } from '@domain/clients/complete-record';
import { todayIsoDate } from '@domain/common/iso-date';
import { INSTRUMENT_CODES } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { MEASURE_FLAGS } from '@domain/measures/measure-flags';
import type { NetworkMemberRevision } from '@domain/network/network-member';
import { isActiveOn } from '@domain/network/network-summary';
import type { FamilySession } from '@domain/sessions/family-session';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TrendChart } from '../../../measures/trend-chart/trend-chart';
import { attendanceLabel, modalityLabel, statusLabel, typeLabel } from '../../../sessions/session-words';
import { durationText } from '../../../sessions/print/summary-view';
import { Icon } from '../../../shared/icon/icon';
import { formatCalendarDate } from '../../../shared/time/calendar-date';
import { CompleteRecordPageActions } from '../complete-record-page.actions';
import { recordPrintoutFeature } from '../record-printout.feature';
import { measureRow, memberFactsLine, recordFacts } from '../record-words';

/** Read by the page's `@bottom-left` margin box (as the session summary does). */
const FOOTER_PROPERTY = '--print-footer-case';
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The client's complete record for `clients/:id/complete-record`: every section on one printable
 * page (record, network today and its history, notes with amendments, sessions, measures with
 * charts), clinical-only fields marked, and the same record as a FHIR bundle to download. Opening
 * the page is audited as a print; the download as an export.
 */
@Component({
  selector: 'app-complete-record-page',
  imports: [RouterLink, MatButton, MatProgressBar, Icon, DatePipe, TrendChart],
  templateUrl: './complete-record-page.html',
  styleUrl: './complete-record-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CompleteRecordPage {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LOCALE_ID);

  /** Route parameter, bound by the router. */
  readonly id = input('');

  protected readonly viewModel = this.store.selectSignal(recordPrintoutFeature.selectRecordViewModel);
  protected readonly download = this.store.selectSignal(recordPrintoutFeature.selectDownloadViewModel);
  private readonly downloadError = viewChild<ElementRef<HTMLElement>>('downloadError');
  private readonly loadError = viewChild<ElementRef<HTMLElement>>('loadError');

  protected readonly today = todayIsoDate();
  protected readonly date = formatCalendarDate;
  protected readonly typeLabel = typeLabel;
  protected readonly modalityLabel = modalityLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly attendanceLabel = attendanceLabel;
  protected readonly durationText = durationText;
  protected readonly memberFactsLine = memberFactsLine;
  protected readonly measureRow = measureRow;

  protected readonly record = computed(() => this.viewModel().printout);
  protected readonly facts = computed(() => {
    const record = this.record();
    return record ? recordFacts(record.client) : [];
  });
  protected readonly flags = computed(() => (this.record()?.flags ?? []).map((flag) => MEASURE_FLAGS[flag]));
  protected readonly currentMembers = computed(() => (this.record()?.members ?? []).filter((member) => isActiveOn(member, this.today)));
  protected readonly endedMembers = computed(() => (this.record()?.members ?? []).filter((member) => !isActiveOn(member, this.today)));
  /** Each member's recorded versions, oldest first, under the member's name. */
  protected readonly history = computed(() => {
    const record = this.record();
    if (!record) {
      return [];
    }
    return record.members.map((member) => ({
      member,
      revisions: record.memberRevisions.filter((revision: NetworkMemberRevision) => revision.memberId === member.id),
    }));
  });
  protected readonly measuredInstruments = computed(() => {
    const measures = this.record()?.measures ?? [];
    return INSTRUMENT_CODES.filter((code) => measures.some((measure) => measure.instrument === code)).map((code) => ({
      code,
      name: instrumentOf(code).name,
      measures: measures.filter((measure) => measure.instrument === code),
    }));
  });
  protected readonly printedAt = computed(() => {
    const record = this.record();
    return record ? formatDate(record.printedAt, 'd MMMM y, HH:mm', this.locale) : '';
  });

  constructor() {
    effect(() => {
      const clientId = this.id();
      if (clientId !== '') {
        untracked(() => this.store.dispatch(CompleteRecordPageActions.opened({ clientId })));
      }
    });
    const root = this.document.documentElement;
    effect(() => {
      const record = this.record();
      if (record) {
        root.style.setProperty(FOOTER_PROPERTY, cssString(`Case ${record.client.caseNumber} · printed ${this.printedAt()}`));
      } else {
        root.style.removeProperty(FOOTER_PROPERTY);
      }
    });
    // A failure is announced where the eye is: scrolled into view and focused.
    effect(() => {
      const element = (this.download().error ? this.downloadError() : undefined) ?? (this.viewModel().error ? this.loadError() : undefined);
      element?.nativeElement.scrollIntoView({ block: 'center' });
      element?.nativeElement.focus();
    });
    inject(DestroyRef).onDestroy(() => {
      root.style.removeProperty(FOOTER_PROPERTY);
      this.store.dispatch(CompleteRecordPageActions.closed());
    });
  }

  protected clientLink(): string[] {
    return ['/clients', this.id()];
  }

  protected memberName(record: CompleteRecordPrintout, memberId: string): string {
    return record.members.find((member) => member.id === memberId)?.name ?? 'A former network member';
  }

  protected hasClinicalOnly(session: FamilySession): boolean {
    return session.dynamicsObservations.trim() !== '' || session.riskConcerns.trim() !== '' || session.riskReview !== null || session.declinedConsentReason !== null;
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected retry(): void {
    this.store.dispatch(CompleteRecordPageActions.retryClicked());
  }

  protected downloadFhir(): void {
    this.store.dispatch(CompleteRecordPageActions.downloadFhirClicked());
  }
}

import { DOCUMENT, formatDate } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  LOCALE_ID,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { PrintPageActions } from '../print-page.actions';
import { printoutFeature, type PrintCopy, type PrintRequest } from '../printout.feature';
import { SessionSummary } from '../session-summary/session-summary';

/**
 * Read by the page's `@bottom-left` margin box: paper cannot take text from the document itself. It
 * carries the case and when the copy was printed, so the printed-on line needs no room of its own.
 */
export const FOOTER_PROPERTY = '--print-footer-case';

const isCopy = (copy: string): copy is PrintCopy => copy === 'clinician' || copy === 'family';

/** A CSS string literal for `content`, whatever the case number holds. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The printable summary of one family session, for `clients/:id/sessions/:sessionId/print/:copy`.
 * Opening it asks the server for the printout, which records the print in the audit trail and
 * cuts the family copy. The app's chrome and this page's toolbar are hidden on paper; the page's
 * own margins carry a confidentiality line, the case number and page numbers.
 */
@Component({
  selector: 'app-print-page',
  imports: [RouterLink, MatButton, Icon, MatProgressBar, EmptyState, SessionSummary],
  templateUrl: './print-page.html',
  styleUrl: './print-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PrintPage {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LOCALE_ID);

  /** Route parameters, bound by the router. */
  readonly id = input('');
  readonly sessionId = input('');
  readonly copy = input('');

  protected readonly viewModel = this.store.selectSignal(printoutFeature.selectPrintViewModel);
  protected readonly request = computed<PrintRequest | null>(
    () => {
      const copy = this.copy();
      return isCopy(copy) && this.id() !== '' && this.sessionId() !== ''
        ? { clientId: this.id(), sessionId: this.sessionId(), copy }
        : null;
    },
    {
      equal: (a, b) =>
        a === b ||
        (a !== null &&
          b !== null &&
          a.clientId === b.clientId &&
          a.sessionId === b.sessionId &&
          a.copy === b.copy),
    },
  );
  protected readonly sessionLink = computed(() => [
    '/clients',
    this.id(),
    'sessions',
    this.sessionId(),
  ]);
  protected readonly otherCopy = computed(() =>
    this.copy() === 'family' ? 'clinician' : 'family',
  );

  constructor() {
    effect(() => {
      const request = this.request();
      if (request !== null) {
        untracked(() => this.store.dispatch(PrintPageActions.opened({ request })));
      }
    });
    const root = this.document.documentElement;
    effect(() => {
      const printout = this.viewModel().printout;
      if (printout) {
        const printedAt = formatDate(printout.printedAt, 'd MMMM y, HH:mm', this.locale);
        root.style.setProperty(FOOTER_PROPERTY, cssString(`Case ${printout.client.caseNumber} · printed ${printedAt}`));
      } else {
        root.style.removeProperty(FOOTER_PROPERTY);
      }
    });
    inject(DestroyRef).onDestroy(() => {
      root.style.removeProperty(FOOTER_PROPERTY);
      this.store.dispatch(PrintPageActions.closed());
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected retry(): void {
    this.store.dispatch(PrintPageActions.retryClicked());
  }
}

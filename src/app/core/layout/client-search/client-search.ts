import { HttpClient, HttpContext } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { CaseloadRow } from '@domain/clients/client';
import type { CaseloadQuery } from '@domain/clients/client-requests';
import type { Page } from '@domain/common/page';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { Icon } from '../../../shared/icon/icon';
import { PROBLEM_SHOWN_BY_CALLER } from '../../auth/problem-snackbar.interceptor';
import { prefetchClientPageCode } from '../../loading/first-page-prefetch';

/** How many matches the app bar offers; the caseload page lists them all. */
export const CLIENT_SEARCH_LIMIT = 8;

type Found =
  | { readonly state: 'idle' }
  | { readonly state: 'searching' }
  | { readonly state: 'failed' }
  | { readonly state: 'found'; readonly clients: readonly CaseloadRow[] };

/** True when a key press is typing into a field (where "/" is a character, not a shortcut). */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="combobox"], [role="listbox"]') !== null);

/**
 * The app bar's client search: type part of a name or case number, pick one of the first matches
 * (arrow keys and Enter, or a tap) to open that client. "/" anywhere (outside a field) jumps here.
 * The server's caseload search answers, over every status, with the same access rules as the
 * caseload: a therapist finds their own clients, a supervisor their team's. An ARIA 1.2 combobox
 * with a listbox popup, the active option followed by aria-activedescendant.
 */
@Component({
  selector: 'app-client-search',
  imports: [Icon],
  templateUrl: './client-search.html',
  styleUrl: './client-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onDocumentKeydown($event)' },
})
export class ClientSearch {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  protected readonly term = signal('');
  protected readonly open = signal(false);
  protected readonly activeIndex = signal(-1);

  protected readonly found = toSignal(
    toObservable(this.term).pipe(
      map((term) => term.trim()),
      distinctUntilChanged(),
      switchMap((term) =>
        term.length < 2
          ? of<Found>({ state: 'idle' })
          : of(term).pipe(
              debounceTime(200),
              switchMap(() => this.search(term)),
              startWith<Found>({ state: 'searching' }),
            ),
      ),
    ),
    { initialValue: { state: 'idle' } as Found },
  );
  protected readonly clients = computed(() => {
    const found = this.found();
    return found.state === 'found' ? found.clients : [];
  });
  protected readonly expanded = computed(() => this.open() && this.found().state !== 'idle');
  protected readonly activeId = computed(() =>
    this.expanded() && this.activeIndex() >= 0
      ? `client-search-option-${this.activeIndex()}`
      : null,
  );

  protected typed(value: string): void {
    // Someone typing a name here is about to open that client: their page's code loads meanwhile.
    prefetchClientPageCode();
    this.term.set(value);
    this.activeIndex.set(-1);
    this.open.set(true);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.clients().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open.set(true);
        if (count > 0) this.activeIndex.set((this.activeIndex() + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0)
          this.activeIndex.set(this.activeIndex() <= 0 ? count - 1 : this.activeIndex() - 1);
        break;
      case 'Enter': {
        const client = this.clients()[this.activeIndex() < 0 ? 0 : this.activeIndex()];
        if (this.expanded() && client) {
          event.preventDefault();
          this.choose(client);
        }
        break;
      }
      case 'Escape':
        if (this.expanded()) {
          event.preventDefault();
          this.open.set(false);
        } else if (this.term() !== '') {
          event.preventDefault();
          this.clear();
        }
        break;
    }
  }

  protected onDocumentKeydown(event: KeyboardEvent): void {
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      isTyping(event.target)
    )
      return;
    event.preventDefault();
    this.input().nativeElement.focus();
  }

  /** Closes the list when focus leaves the search, unless it moved into the list (a tap on an option). */
  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !(event.currentTarget as HTMLElement).contains(next)) {
      this.open.set(false);
    }
  }

  protected choose(client: CaseloadRow): void {
    this.clear();
    void this.router.navigate(['/clients', client.id]);
  }

  private clear(): void {
    this.term.set('');
    this.input().nativeElement.value = '';
    this.activeIndex.set(-1);
    this.open.set(false);
  }

  private search(term: string) {
    // POST although it is a read: the typed name or case number goes in the body, never the URL.
    const body: Partial<CaseloadQuery> = {
      search: term,
      status: 'all',
      page: 1,
      pageSize: CLIENT_SEARCH_LIMIT,
      sort: 'preferredName',
      direction: 'asc',
    };
    return this.http
      .post<Page<CaseloadRow>>('/api/v1/clients/search', body, {
        context: new HttpContext().set(PROBLEM_SHOWN_BY_CALLER, true),
      })
      .pipe(
        map((page): Found => ({ state: 'found', clients: page.items })),
        catchError(() => of<Found>({ state: 'failed' })),
      );
  }
}

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../icon/icon';

/** The page a pager asks for: zero-based, as Material's paginator counted. */
export interface PageChange {
  readonly pageIndex: number;
  readonly pageSize: number;
}

let nextId = 0;

/**
 * "1 – 25 of 60", Previous and Next, and an optional "Rows per page" choice, for every paged list.
 *
 * Why not Material's paginator: it brings Material's select, its tooltips and the CDK overlay, which
 * put about 40 kB (compressed) on the first load of both the caseload and a client page for three
 * buttons and a short list. This is a native select and two labelled buttons: text labels a clinician
 * reads without hovering, and a system picker on a phone. The host is a labelled group, as Material's
 * was, so a page with several pagers tells them apart (give each an aria-label).
 */
@Component({
  selector: 'app-pager',
  imports: [MatButton, Icon],
  templateUrl: './pager.html',
  styleUrl: './pager.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'group' },
})
export class Pager {
  readonly length = input.required<number>();
  readonly pageIndex = input(0);
  readonly pageSize = input.required<number>();
  readonly pageSizeOptions = input<readonly number[]>([]);
  readonly hidePageSize = input(false);
  readonly page = output<PageChange>();

  protected readonly sizeId = `app-pager-size-${nextId++}`;
  protected readonly showsPageSize = computed(() => !this.hidePageSize() && this.pageSizeOptions().length > 0);
  protected readonly pageCount = computed(() => (this.pageSize() > 0 ? Math.ceil(this.length() / this.pageSize()) : 0));
  protected readonly hasPrevious = computed(() => this.pageIndex() > 0);
  protected readonly hasNext = computed(() => this.pageIndex() < this.pageCount() - 1);
  /** Material's wording, which clinicians already know from the rest of the app: "26 – 50 of 60". */
  protected readonly rangeLabel = computed(() => {
    const length = this.length();
    const size = this.pageSize();
    if (length === 0 || size === 0) {
      return `0 of ${length}`;
    }
    const start = Math.min(this.pageIndex() * size, length);
    const end = Math.min(start + size, length);
    return `${start + 1} – ${end} of ${length}`;
  });

  protected goTo(pageIndex: number): void {
    this.page.emit({ pageIndex, pageSize: this.pageSize() });
  }

  /** A new page size keeps the first row in view, as Material's paginator did. */
  protected sizeChosen(event: Event): void {
    const pageSize = Number((event.target as HTMLSelectElement).value);
    const firstRow = this.pageIndex() * this.pageSize();
    this.page.emit({ pageIndex: Math.floor(firstRow / pageSize), pageSize });
  }
}

import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type PageChange, Pager } from './pager';
import { PagerHarness } from './testing/pager-harness';

@Component({
  imports: [Pager],
  template: `<app-pager
    aria-label="Pages of clients"
    [length]="length()"
    [pageIndex]="pageIndex()"
    [pageSize]="pageSize()"
    [pageSizeOptions]="sizes()"
    [hidePageSize]="hideSize()"
    (page)="changes.push($event)"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly length = signal(60);
  readonly pageIndex = signal(0);
  readonly pageSize = signal(25);
  readonly sizes = signal<readonly number[]>([10, 25, 50]);
  readonly hideSize = signal(false);
  readonly changes: PageChange[] = [];
}

describe('Pager', () => {
  let fixture: ComponentFixture<Host>;
  let pager: PagerHarness;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    pager = await TestbedHarnessEnvironment.loader(fixture).getHarness(PagerHarness);
  });

  const host = () => fixture.componentInstance;
  const element = () => fixture.nativeElement as HTMLElement;

  it('says which rows are shown, in Material’s words', async () => {
    expect(await pager.getRangeLabel()).toBe('1 – 25 of 60');
    host().pageIndex.set(2);
    expect(await pager.getRangeLabel()).toBe('51 – 60 of 60');
    host().length.set(0);
    host().pageIndex.set(0);
    expect(await pager.getRangeLabel()).toBe('0 of 0');
  });

  it('asks for the next and previous page, and only where there is one', async () => {
    expect(await pager.isPreviousPageDisabled()).toBeTrue();
    await pager.goToNextPage();
    expect(host().changes).toEqual([{ pageIndex: 1, pageSize: 25 }]);

    host().pageIndex.set(2);
    expect(await pager.isNextPageDisabled()).toBeTrue();
    await pager.goToPreviousPage();
    expect(host().changes.at(-1)).toEqual({ pageIndex: 1, pageSize: 25 });
  });

  it('keeps the first row in view when the page size changes', async () => {
    host().pageIndex.set(2); // rows 51–60
    expect(await pager.getPageSize()).toBe(25);
    await pager.setPageSize(10);
    expect(host().changes).toEqual([{ pageIndex: 5, pageSize: 10 }]);
  });

  it('labels every control with visible text and the group with its own name', async () => {
    await fixture.whenStable();
    const group = element().querySelector('app-pager')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Pages of clients');
    const select = group.querySelector('select')!;
    expect(group.querySelector(`label[for="${select.id}"]`)?.textContent?.trim()).toBe('Rows per page');
    expect([...group.querySelectorAll('button')].map((button) => button.textContent?.trim())).toEqual(['Previous', 'Next']);
    expect(group.querySelector('.range')?.getAttribute('aria-live')).toBe('polite');
  });

  it('offers no size choice when told to hide it or given no sizes', async () => {
    host().hideSize.set(true);
    expect(await pager.getPageSize()).toBeNull();
    host().hideSize.set(false);
    host().sizes.set([]);
    expect(await pager.getPageSize()).toBeNull();
  });

  it('gives two pagers on one page different size ids', async () => {
    const other = TestBed.createComponent(Host);
    other.detectChanges();
    fixture.detectChanges();
    expect(element().querySelector('select')!.id).not.toBe((other.nativeElement as HTMLElement).querySelector('select')!.id);
  });
});

import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import type { MeasureResponse } from '@domain/measures/measure';
import { measureNumber } from '../testing/measures-fixtures';
import { MeasureTable } from './measure-table';

describe('MeasureTable', () => {
  let fixture: ComponentFixture<MeasureTable>;
  let history: MeasureResponse[];

  async function render(measures: readonly MeasureResponse[], canWrite: boolean): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(MeasureTable);
    fixture.componentRef.setInput('measures', measures);
    fixture.componentRef.setInput('canWrite', canWrite);
    history = [];
    fixture.componentInstance.historyClicked.subscribe((measure) => history.push(measure));
    await fixture.whenStable();
  }

  it('lists measures newest first with date, instrument, total, band, who completed it and amendments', async () => {
    await render([measureNumber(1, 'mspss'), measureNumber(2, 'ucla-3', [3, 3, 3], { amended: true, completedBy: 'clinician-administered' })], true);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['administeredOn'].text).toEqual(['Jan 19, 2026', 'Jan 12, 2026']);
    expect(cells['instrument'].text).toEqual(['UCLA-3', 'MSPSS']);
    expect(cells['total'].text).toEqual(['9', '4.00']);
    expect(cells['band'].text).toEqual(['Lonely', 'Moderate perceived support']);
    expect(cells['completedBy'].text).toEqual(['Clinician-administered', 'Client self-report']);
    expect(cells['source'].text).toEqual(['Clinician', 'Clinician']);
    expect(cells['amended'].text).toEqual(['Amended', 'No']);
  });

  it('names the source: answers the client sent through a self-report link, or a clinician’s entry', async () => {
    const viaLink = { ...measureNumber(2, 'mspss'), ...({ source: 'self-report' } as const) };
    await render([measureNumber(1, 'mspss'), viaLink], false);
    const cells = await (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['source'].text).toEqual(['Self-report link', 'Clinician']);
  });

  it('offers History to everyone and Amend only to the therapist', async () => {
    const measure = measureNumber(1, 'mspss');
    await render([measure], false);
    const host = fixture.nativeElement as HTMLElement;

    expect(host.querySelector('a')).toBeNull();
    host.querySelector('button')!.click();
    expect(history).toEqual([measure]);
    expect(host.querySelector('button')!.textContent!.replace(/\s+/g, ' ')).toContain('History of the MSPSS of Jan 12, 2026');
  });

  it('pages a long list', async () => {
    await render(
      Array.from({ length: 23 }, (_, index) => measureNumber(index, 'ucla-3', [1, 1, 1])),
      true,
    );
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const paginator = await loader.getHarness(PagerHarness);

    expect(await paginator.getRangeLabel()).toBe('1 – 10 of 23');
    await paginator.goToNextPage();
    expect((await (await loader.getHarness(MatTableHarness)).getRows()).length).toBe(10);
    await paginator.goToNextPage();
    expect((await (await loader.getHarness(MatTableHarness)).getRows()).length).toBe(3);
  });
});

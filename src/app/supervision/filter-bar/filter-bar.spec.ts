import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { DEFAULT_FILTERS, type DashboardFilters } from '../dashboard-filters';
import { FilterBar } from './filter-bar';

describe('FilterBar', () => {
  let fixture: ComponentFixture<FilterBar>;
  let loader: HarnessLoader;
  let emitted: DashboardFilters[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    fixture = TestBed.createComponent(FilterBar);
    fixture.componentRef.setInput('filters', DEFAULT_FILTERS);
    fixture.componentRef.setInput('period', { from: '2026-09-01', to: '2026-11-25' });
    emitted = [];
    fixture.componentInstance.filtersChange.subscribe((filters) => emitted.push(filters));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const input = async (label: string) =>
    (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getControl(MatInputHarness);

  it('starts a custom period from the period shown, and sends nothing until it is applied', async () => {
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Custom' }))).check();

    expect(await (await input('From'))?.getValue()).toBe('2026-09-01');
    expect(await (await input('To'))?.getValue()).toBe('2026-11-25');
    expect(emitted).toEqual([]);

    await (await input('From'))?.setValue('2026-01-01');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show period' }))).click();

    expect(emitted).toEqual([{ ...DEFAULT_FILTERS, period: 'custom', from: '2026-01-01', to: '2026-11-25' }]);
  });

  it('shows why a custom period is refused before sending it', async () => {
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Custom' }))).check();
    await (await input('To'))?.setValue('2026-08-01');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show period' }))).click();

    const to = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'To' }));
    expect(await to.getTextErrors()).toEqual(['The period must not end before it starts.']);
    expect(emitted).toEqual([]);

    await (await input('From'))?.setValue('2020-01-01');
    await (await input('To'))?.setValue('2026-08-01');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show period' }))).click();
    expect(await to.getTextErrors()).toEqual(['The period may be at most 5 years.']);
    expect(emitted).toEqual([]);
  });

  it('puts the server’s field errors on the dates', async () => {
    fixture.componentRef.setInput('filters', { ...DEFAULT_FILTERS, period: 'custom', from: '2026-03-01', to: '2026-02-01' });
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'querystring.to', message: 'The period must not end before it starts.' }],
    };
    fixture.componentRef.setInput('problem', problem);
    await fixture.whenStable();

    const to = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'To' }));
    expect(await to.getTextErrors()).toEqual(['The period must not end before it starts.']);
  });

  it('offers the team picker to administrators only', async () => {
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Team' }))).toEqual([]);

    fixture.componentRef.setInput('showTeamPicker', true);
    await fixture.whenStable();

    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Team' }))).toHaveSize(1);
  });
});

import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { problemWith } from '../../testing/admin-fixtures';
import { ClinicExportPageActions } from '../clinic-export.actions';
import { type ClinicExportFile, type ClinicExportState, initialClinicExportState } from '../clinic-export.feature';
import ClinicExportPage from './clinic-export-page';

describe('ClinicExportPage', () => {
  let fixture: ComponentFixture<ClinicExportPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;

  const file = (type: string, changes: Partial<ClinicExportFile> = {}): ClinicExportFile => ({ type, expected: 5000, resources: 0, bytes: 0, url: null, ...changes });
  const running: ClinicExportState = {
    ...initialClinicExportState,
    status: 'running',
    transactionTime: '2026-12-07T06:00:00.000Z',
    files: [file('Patient', { resources: 5000, bytes: 1_275_000, url: 'blob:patient' }), file('EpisodeOfCare', { resources: 1250, bytes: 340_000 }), file('Practitioner', { expected: 50 })],
    current: 'EpisodeOfCare',
  };
  const done: ClinicExportState = {
    ...running,
    status: 'done',
    current: null,
    files: [
      file('Patient', { resources: 5000, bytes: 1_275_000, url: 'blob:patient' }),
      file('EpisodeOfCare', { resources: 5000, bytes: 1_378_000, url: 'blob:episodes' }),
      file('Practitioner', { expected: 50, resources: 50, bytes: 5_000, url: 'blob:practitioners' }),
    ],
  };

  async function render(clinicExport: ClinicExportState = initialClinicExportState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { clinicExport } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ClinicExportPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function change(clinicExport: ClinicExportState): Promise<void> {
    store.setState({ clinicExport });
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => (element().textContent ?? '').replace(/\s+/g, ' ');
  const fileStates = () =>
    Array.from(element().querySelectorAll('.file')).map((file) => ['.file-name', '.file-state', '.file-counts'].map((part) => file.querySelector(part)?.textContent?.trim()));
  const saveLinks = () => Array.from(element().querySelectorAll<HTMLAnchorElement>('a.save'));

  it('opens with nothing exported and a button to start, and starts when it is pressed', async () => {
    await render();

    expect(dispatch).toHaveBeenCalledWith(ClinicExportPageActions.opened());
    expect(text()).toContain('No export yet');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Start the export/ }))).click();

    expect(dispatch).toHaveBeenCalledWith(ClinicExportPageActions.startClicked());
  });

  it('shows progress while running: the share received, the type being written, resources and bytes', async () => {
    await render(running);
    const bar = await loader.getHarness(MatProgressBarHarness);

    expect(await bar.getMode()).toBe('determinate');
    expect(await bar.getValue()).toBe(62); // 6,250 of 10,050
    expect(await (await bar.host()).getAttribute('aria-label')).toBe('Clinic export progress');
    expect(text()).toContain('Writing EpisodeOfCare…');
    expect(text()).toContain('6,250 of 10,050 resources, 1.6 MB received');
    expect(fileStates()).toEqual([
      ['Patient.ndjson', 'Ready to save', '5,000 of 5,000 resources, 1.3 MB'],
      ['EpisodeOfCare.ndjson', 'Receiving', '1,250 of 5,000 resources, 340.0 kB'],
      ['Practitioner.ndjson', 'Waiting', '0 of 50 resources, 0 B'],
    ]);
    // Nothing is offered to save until the whole export has arrived.
    expect(saveLinks()).toEqual([]);
  });

  it('lets the user cancel a running export from the keyboard', async () => {
    await render(running);
    const cancel = await loader.getHarness(MatButtonHarness.with({ text: 'Cancel the export' }));

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Start the export/ }))).toEqual([]);
    await cancel.click();

    expect(dispatch).toHaveBeenCalledWith(ClinicExportPageActions.cancelClicked());
  });

  it('announces completion with the counts, takes focus, and offers each file to save under its Bulk Data name', async () => {
    await render(running);
    await change(done);
    await fixture.whenStable();

    const outcome = element().querySelector<HTMLElement>('.success')!;
    expect(outcome.getAttribute('role')).toBe('status');
    expect(outcome.textContent?.replace(/\s+/g, ' ')).toContain('Export complete: 5,000 Patient, 5,000 EpisodeOfCare, 50 Practitioner resources, 2.7 MB.');
    expect(document.activeElement).toBe(outcome);
    expect(saveLinks().map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.getAttribute('download')])).toEqual([
      ['Save Patient.ndjson', 'blob:patient', 'Patient.ndjson'],
      ['Save EpisodeOfCare.ndjson', 'blob:episodes', 'EpisodeOfCare.ndjson'],
      ['Save Practitioner.ndjson', 'blob:practitioners', 'Practitioner.ndjson'],
    ]);
    expect(await loader.getHarness(MatButtonHarness.with({ text: /Export again/ }))).toBeTruthy();
  });

  it('says when the clinic has nothing to export', async () => {
    await render({ ...done, files: [file('Patient', { expected: 0 }), file('EpisodeOfCare', { expected: 0 }), file('Practitioner', { expected: 0 })] });

    expect(text()).toContain('Nothing to export');
    expect(saveLinks()).toEqual([]);
  });

  it('shows a failure as an alert that takes focus, with nothing to save', async () => {
    await render(running);
    await change({ ...running, status: 'failed', current: null, error: problemWith(503, { detail: 'The database is not answering.' }) });
    await fixture.whenStable();

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('The database is not answering. Nothing was saved; export again to retry.');
    expect(document.activeElement).toBe(alert);
    expect(saveLinks()).toEqual([]);
  });

  it('confirms a cancel, with focus, and discards what had arrived', async () => {
    await render(running);
    await change({ ...running, status: 'cancelled', current: null });
    await fixture.whenStable();

    const notice = element().querySelector<HTMLElement>('.notice')!;
    expect(notice.textContent).toContain('Export cancelled.');
    expect(document.activeElement).toBe(notice);
    expect(saveLinks()).toEqual([]);
  });

  it('tells the store when the page is left, so a running export stops', async () => {
    await render(running);

    fixture.destroy();

    expect(dispatch).toHaveBeenCalledWith(ClinicExportPageActions.left());
  });
});

import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../../testing/wait-for';
import { problemWith } from '../../../admin/testing/admin-fixtures';
import { FhirImportPageActions } from '../fhir-import.actions';
import { type FhirImportState, initialFhirImportState } from '../fhir-import.feature';
import { fhirPreview } from '../testing/fhir-import-fixtures';
import FhirImportPage from './fhir-import-page';

describe('FhirImportPage', () => {
  let fixture: ComponentFixture<FhirImportPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const bundle = '{"resourceType":"Bundle","type":"collection","entry":[]}';
  const loading: FhirImportState = { ...initialFhirImportState, fileName: 'client.json', bundle, previewStatus: 'loading' };
  const previewed = (changes: Partial<FhirImportState> = {}): FhirImportState => ({ ...loading, preview: fhirPreview(), previewStatus: 'loaded', ...changes });

  async function render(fhirImport: FhirImportState = initialFhirImportState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { fhirImport } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(FhirImportPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function change(fhirImport: FhirImportState): Promise<void> {
    store.setState({ fhirImport });
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => (element().textContent ?? '').replace(/\s+/g, ' ');
  const importButton = () => loader.getHarness(MatButtonHarness.with({ text: /Import into my caseload/ }));

  it('starts empty, with a labelled file input, and sends a chosen bundle for its preview', async () => {
    await render();
    expect(dispatch).toHaveBeenCalledWith(FhirImportPageActions.opened());
    expect(text()).toContain('No bundle checked yet');
    const input = element().querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(element().querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Bundle file (FHIR JSON)');

    const files = new DataTransfer();
    files.items.add(new File([bundle], 'client.json', { type: 'application/fhir+json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));

    await waitFor(() => dispatch.calls.allArgs().some(([action]) => action.type === FhirImportPageActions.fileChosen.type), 'the chosen bundle to be read');
    expect(dispatch).toHaveBeenCalledWith(FhirImportPageActions.fileChosen({ fileName: 'client.json', bundle }));
  });

  it('shows what the bundle would create, in the clinic’s words, and focuses the summary', async () => {
    await render(loading);
    expect(text()).toContain('Checking the bundle…');

    await change(previewed());

    expect(text()).toContain('Ready to import Sam (CC-2001) with 2 network members and 1 measure.');
    expect(text()).toContain('Depression, Anxiety');
    expect(text()).toContain('Jo Reed, Sibling, since 2026-01-10');
    expect(text()).toContain('Pat Reed, Parent, since 2026-01-10 (ended 2026-06-01)');
    expect(text()).toContain('MSPSS on 2026-02-01: 4.5 (moderate)');
    expect(text()).toContain('Computed again here rather than read: 4 Observation, 1 Flag.');
    expect(document.activeElement).toBe(element().querySelector('.summary'));
  });

  it('says so when the bundle has no network members or measures', async () => {
    await render(previewed({ preview: fhirPreview({ members: [], measures: [], notices: [], recomputed: {} }) }));

    expect(text()).toContain('No RelatedPersons in the bundle.');
    expect(text()).toContain('No questionnaire responses in the bundle.');
    expect(text()).not.toContain('Before you import');
  });

  it('lists a 400 answer’s problems by the path of the element, and focuses the alert', async () => {
    await render(loading);

    await change({
      ...loading,
      previewStatus: 'failed',
      error: problemWith(400, {
        detail: 'The bundle is not valid FHIR R4; nothing was stored.',
        errors: [
          { field: 'entry[3].resource.relationship[0]', message: 'Unknown relationship code.' },
          { field: 'entry[5].resource', message: 'Unsupported resource type Device.' },
        ],
      }),
    });

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('The bundle is not valid FHIR R4; nothing was stored.');
    expect(document.activeElement).toBe(alert);
    const rows = Array.from(element().querySelectorAll('.problems tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['entry[3].resource.relationship[0]', 'Unknown relationship code.'],
      ['entry[5].resource', 'Unsupported resource type Device.'],
    ]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Import into my caseload/ }))).toEqual([]);
  });

  it('shows a 413 answer and focuses it', async () => {
    await render(loading);

    await change({ ...loading, previewStatus: 'failed', error: problemWith(413, { detail: 'The bundle is larger than 2 MB.' }) });

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('The bundle is larger than 2 MB.');
    expect(document.activeElement).toBe(alert);
  });

  it('imports the previewed bundle when asked, and not twice while it runs', async () => {
    await render(previewed());
    await (await importButton()).click();

    expect(dispatch).toHaveBeenCalledWith(FhirImportPageActions.importClicked({ bundle }));

    await change(previewed({ importStatus: 'saving' }));
    dispatch.calls.reset();
    const button = await importButton();
    expect(await button.isDisabled()).toBeTrue();
    await button.click();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('shows a failed import under the preview and moves focus to it, and lets the user try again', async () => {
    await render(previewed({ importStatus: 'saving' }));

    await change(previewed({ importStatus: 'failed', error: problemWith(409, { detail: 'A client with case number CC-2001 exists already.' }) }));

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('A client with case number CC-2001 exists already.');
    expect(document.activeElement).toBe(alert);
    expect(await (await importButton()).isDisabled()).toBeFalse();
  });
});

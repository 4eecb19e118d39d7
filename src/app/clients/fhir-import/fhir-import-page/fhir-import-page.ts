import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, effect, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { PRIMARY_CONCERNS, type PrimaryConcern } from '@domain/clients/client-codes';
import { RELATIONSHIPS, type Relationship } from '@domain/network/network-codes';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { FhirImportPageActions } from '../fhir-import.actions';
import { fhirImportFeature } from '../fhir-import.feature';

/** The most a bundle may weigh (domain/clients/fhir-import.ts FHIR_IMPORT_MAX_BYTES), in the words the page uses. */
const LIMIT_TEXT = '2 MB';

/**
 * Importing one client from a FHIR R4 bundle (another CareCircle clinic's export, or another
 * system's Patient with RelatedPersons): choose the file, read what it would create, then import
 * it into your own caseload. Problems come back with the path of the element in the file.
 */
@Component({
  selector: 'app-fhir-import-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, EmptyState],
  templateUrl: './fhir-import-page.html',
  styleUrl: './fhir-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FhirImportPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');
  /** A failed import's problem sits below the preview's summary (itself an outcome), so it has its own reference. */
  private readonly importProblem = viewChild<ElementRef<HTMLElement>>('importProblem');

  protected readonly limit = LIMIT_TEXT;
  protected readonly fileName = this.store.selectSignal(fhirImportFeature.selectFileName);
  protected readonly preview = this.store.selectSignal(fhirImportFeature.selectPreview);
  protected readonly previewStatus = this.store.selectSignal(fhirImportFeature.selectPreviewStatus);
  protected readonly importStatus = this.store.selectSignal(fhirImportFeature.selectImportStatus);
  protected readonly error = this.store.selectSignal(fhirImportFeature.selectError);
  private readonly bundle = this.store.selectSignal(fhirImportFeature.selectBundle);

  constructor() {
    this.store.dispatch(FhirImportPageActions.opened());
    effect(() => {
      // Both read every time, so the effect follows each (a short-circuit would stop tracking the import).
      const [preview, imported] = [this.previewStatus(), this.importStatus()];
      if (preview === 'loaded' || preview === 'failed' || imported === 'failed') {
        const target = imported === 'failed' ? this.importProblem : this.outcome;
        afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  protected concernLabel(code: string): string {
    return PRIMARY_CONCERNS[code as PrimaryConcern] ?? code;
  }

  protected relationshipLabel(code: string): string {
    return RELATIONSHIPS[code as Relationship]?.label ?? code;
  }

  protected recomputedText(recomputed: Readonly<Record<string, number>>): string {
    return Object.entries(recomputed)
      .map(([type, count]) => `${count} ${type}`)
      .join(', ');
  }

  protected async chosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) {
      return;
    }
    this.store.dispatch(FhirImportPageActions.fileChosen({ fileName: file.name, bundle: await file.text() }));
    input.value = '';
  }

  protected importClient(): void {
    const bundle = this.bundle();
    if (bundle !== null && this.importStatus() !== 'saving') {
      this.store.dispatch(FhirImportPageActions.importClicked({ bundle }));
    }
  }
}

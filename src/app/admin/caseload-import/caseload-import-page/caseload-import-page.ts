import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, effect, inject, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { CaseloadImportPageActions } from '../caseload-import.actions';
import { caseloadImportFeature } from '../caseload-import.feature';

/** The header a caseload file starts with (domain/clients/caseload-import.ts CASELOAD_COLUMNS), shown as the template. */
const TEMPLATE_HEADER = 'caseNumber,legalName,preferredName,dateOfBirth,pronouns,primaryConcerns,treatmentStart,familyConsent,therapistEmail';

/**
 * Importing a caseload from a CSV file: choose the file, read the dry run's per-row errors, then
 * import every row, or (only when chosen explicitly) just the valid ones.
 */
@Component({
  selector: 'app-caseload-import-page',
  imports: [MatButton, MatCheckbox, MatProgressSpinner, RouterLink, EmptyState],
  templateUrl: './caseload-import-page.html',
  styleUrl: './caseload-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CaseloadImportPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');
  /** A failed import's problem (413, 400 …) sits below the preview's summary, so it has its own reference. */
  private readonly importProblem = viewChild<ElementRef<HTMLElement>>('importProblem');

  protected readonly templateHeader = TEMPLATE_HEADER;
  protected readonly fileName = this.store.selectSignal(caseloadImportFeature.selectFileName);
  protected readonly preview = this.store.selectSignal(caseloadImportFeature.selectPreview);
  protected readonly previewStatus = this.store.selectSignal(caseloadImportFeature.selectPreviewStatus);
  protected readonly importStatus = this.store.selectSignal(caseloadImportFeature.selectImportStatus);
  protected readonly result = this.store.selectSignal(caseloadImportFeature.selectResult);
  protected readonly error = this.store.selectSignal(caseloadImportFeature.selectError);
  private readonly csv = this.store.selectSignal(caseloadImportFeature.selectCsv);
  /** The explicit choice to leave out the rows with errors. */
  protected readonly validOnly = signal(false);
  protected readonly rowsWithErrors = computed(() => (this.preview()?.rows ?? []).filter((row) => row.errors.length > 0));
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    if (!preview || this.importStatus() === 'saving' || this.importStatus() === 'saved') {
      return false;
    }
    return preview.invalidRows === 0 || (this.validOnly() && preview.validRows > 0);
  });

  constructor() {
    this.store.dispatch(CaseloadImportPageActions.opened());
    // The outcome (preview summary, import result or failure) takes focus so a screen reader hears it.
    effect(() => {
      // Both read every time, so the effect follows each (a short-circuit would stop tracking the import).
      const [preview, imported] = [this.previewStatus(), this.importStatus()];
      if (preview === 'loaded' || preview === 'failed' || imported === 'saved' || imported === 'failed') {
        const target = imported === 'failed' ? this.importProblem : this.outcome;
        afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  protected async chosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) {
      return;
    }
    this.validOnly.set(false);
    this.store.dispatch(CaseloadImportPageActions.fileChosen({ fileName: file.name, csv: await file.text() }));
    // The same file can be chosen again after fixing it.
    input.value = '';
  }

  protected importRows(): void {
    const csv = this.csv();
    if (csv !== null && this.canImport()) {
      this.store.dispatch(CaseloadImportPageActions.importClicked({ validOnly: this.validOnly() && (this.preview()?.invalidRows ?? 0) > 0, csv }));
    }
  }
}

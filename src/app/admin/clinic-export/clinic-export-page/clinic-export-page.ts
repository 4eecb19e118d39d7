import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, Injector, afterNextRender, computed, effect, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { Icon } from '../../../shared/icon/icon';
import { ClinicExportPageActions } from '../clinic-export.actions';
import { type ClinicExportFile, clinicExportFeature } from '../clinic-export.feature';
import { sizeText } from './size-text';

/** What each file holds, in the words of the export policy (server/fhir/clinic-export.ts). */
const FILE_CONTENTS: Readonly<Record<string, string>> = {
  Patient: 'Each client: case number, legal and preferred name, active or discharged.',
  EpisodeOfCare: 'Each client’s treatment status and assigned therapist.',
  Practitioner: 'Each therapist’s name.',
};

/**
 * The administrator's clinic export: every client as FHIR R4 NDJSON, one file per resource type
 * (the FHIR Bulk Data layout, which other systems' bulk import reads as it is), streamed with its
 * progress; each file is saved on its own. Offering the files separately rather than as one
 * archive keeps them exactly as the Bulk Data manifest lists them, and needs no zip code here.
 */
@Component({
  selector: 'app-clinic-export-page',
  imports: [DecimalPipe, MatButton, MatProgressBar, EmptyState, Icon],
  templateUrl: './clinic-export-page.html',
  styleUrl: './clinic-export-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClinicExportPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected readonly status = this.store.selectSignal(clinicExportFeature.selectStatus);
  protected readonly files = this.store.selectSignal(clinicExportFeature.selectFiles);
  protected readonly current = this.store.selectSignal(clinicExportFeature.selectCurrent);
  protected readonly error = this.store.selectSignal(clinicExportFeature.selectError);
  protected readonly totals = this.store.selectSignal(clinicExportFeature.selectTotals);
  protected readonly percent = this.store.selectSignal(clinicExportFeature.selectPercent);
  protected readonly empty = computed(() => this.status() === 'done' && this.totals().resources === 0);
  protected readonly sizeText = sizeText;

  constructor() {
    this.store.dispatch(ClinicExportPageActions.opened());
    inject(DestroyRef).onDestroy(() => this.store.dispatch(ClinicExportPageActions.left()));
    // The outcome (complete, cancelled or failed) takes focus so a screen reader hears it.
    effect(() => {
      if (['done', 'failed', 'cancelled'].includes(this.status())) {
        afterNextRender(() => this.outcome()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  protected contentsOf(type: string): string {
    return FILE_CONTENTS[type] ?? '';
  }

  protected fileState(file: ClinicExportFile): string {
    if (file.url) {
      return 'Ready to save';
    }
    if (file.type === this.current()) {
      return 'Receiving';
    }
    return this.status() === 'running' ? 'Waiting' : 'Not received';
  }

  protected start(): void {
    this.store.dispatch(ClinicExportPageActions.startClicked());
  }

  protected cancel(): void {
    this.store.dispatch(ClinicExportPageActions.cancelClicked());
  }
}

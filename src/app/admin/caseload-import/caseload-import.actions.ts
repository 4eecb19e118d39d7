import type { CaseloadImportResult, CaseloadPreview } from '@domain/clients/caseload-import';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const CaseloadImportPageActions = createActionGroup({
  source: 'Caseload Import Page',
  events: {
    Opened: emptyProps(),
    'File Chosen': props<{ fileName: string; csv: string }>(),
    /** `validOnly`: the user chose to import the valid rows and leave the others out. `csv`: the previewed file, checked again. */
    'Import Clicked': props<{ validOnly: boolean; csv: string }>(),
  },
});

export const CaseloadImportApiActions = createActionGroup({
  source: 'Caseload Import API',
  events: {
    'Preview Loaded': props<{ preview: CaseloadPreview }>(),
    'Preview Failed': props<{ problem: ProblemDocument }>(),
    Imported: props<{ result: CaseloadImportResult }>(),
    'Import Failed': props<{ problem: ProblemDocument }>(),
  },
});

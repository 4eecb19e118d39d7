import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CaseloadImportRequest, CaseloadImportResult, CaseloadPreview } from '@domain/clients/caseload-import';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const URL = '/api/v1/caseload-imports';

/** The caseload CSV import (administrators): a dry run, then the import. */
@Injectable({ providedIn: 'root' })
export class CaseloadImportApi {
  private readonly http = inject(HttpClient);

  preview(csv: string): Observable<CaseloadPreview> {
    return this.http.post<CaseloadPreview>(`${URL}/preview`, { csv }, shownByCaller());
  }

  import(request: CaseloadImportRequest): Observable<CaseloadImportResult> {
    return this.http.post<CaseloadImportResult>(URL, request, shownByCaller());
  }
}

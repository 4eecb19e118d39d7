import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { FhirImportPreview, FhirImportResult } from '@domain/clients/fhir-import';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const URL = '/api/v1/fhir-imports';

/** A client from a FHIR R4 bundle into the therapist's own caseload: preview, then import. The file's text goes as it is. */
@Injectable({ providedIn: 'root' })
export class FhirImportApi {
  private readonly http = inject(HttpClient);
  private readonly headers = new HttpHeaders({ 'Content-Type': 'application/fhir+json' });

  preview(bundle: string): Observable<FhirImportPreview> {
    return this.http.post<FhirImportPreview>(`${URL}/preview`, bundle, { ...shownByCaller(), headers: this.headers });
  }

  import(bundle: string): Observable<FhirImportResult> {
    return this.http.post<FhirImportResult>(URL, bundle, { ...shownByCaller(), headers: this.headers });
  }
}

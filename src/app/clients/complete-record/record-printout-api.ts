import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CompleteRecordPrintout, RecordPrintoutRequest } from '@domain/clients/complete-record';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

/**
 * The client's complete record: printing it, and the same record as a FHIR R4 bundle. Both are
 * disclosures the server records in the audit trail on every call.
 */
@Injectable({ providedIn: 'root' })
export class RecordPrintoutApi {
  private readonly http = inject(HttpClient);

  createPrintout(clientId: string): Observable<CompleteRecordPrintout> {
    const body: RecordPrintoutRequest = {};
    return this.http.post<CompleteRecordPrintout>(`/api/v1/clients/${encodeURIComponent(clientId)}/record-printouts`, body, shownByCaller());
  }

  /** The clinician copy of the record as FHIR JSON (`application/fhir+json`). */
  fhirBundle(clientId: string): Observable<Blob> {
    return this.http.get(`/api/v1/clients/${encodeURIComponent(clientId)}/fhir`, { responseType: 'blob', ...shownByCaller() });
  }
}

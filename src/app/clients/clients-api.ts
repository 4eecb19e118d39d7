import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TherapistOption } from '@domain/accounts/account';
import type { HistoryEntry } from '@domain/audit/history-entry';
import type { CaseloadRow, Client } from '@domain/clients/client';
import type { ClientOverview } from '@domain/clients/client-overview';
import type { CaseloadQuery, CreateClientRequest } from '@domain/clients/client-requests';
import type { Page } from '@domain/common/page';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';
import type { ClientEdit } from './client-edit';
import type { CaseloadQueryState } from './clients.feature';

const CLIENTS_URL = '/api/v1/clients';
const THERAPISTS_URL = '/api/v1/therapists';

/** The client endpoints; the only place in the clients slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class ClientsApi {
  private readonly http = inject(HttpClient);

  /** A POST to …/search although it is a read: the typed name or case number must stay out of the URL. */
  loadCaseload(query: CaseloadQueryState): Observable<Page<CaseloadRow>> {
    const body: Partial<CaseloadQuery> = {
      page: query.page,
      pageSize: query.pageSize,
      sort: query.sort,
      direction: query.direction,
      status: query.status,
      concern: query.concern,
      search: query.search.trim(),
      flag: query.flag,
      ...(query.therapistId === null ? {} : { therapistId: query.therapistId }),
    };
    return this.http.post<Page<CaseloadRow>>(`${CLIENTS_URL}/search`, body, shownByCaller());
  }

  loadClient(id: string): Observable<Client> {
    return this.http.get<Client>(`${CLIENTS_URL}/${encodeURIComponent(id)}`, shownByCaller());
  }

  /** The Overview tab's data in one request: the record, its history, network, measures, sessions, follow-ups. */
  loadOverview(id: string): Observable<ClientOverview> {
    return this.http.get<ClientOverview>(`${CLIENTS_URL}/${encodeURIComponent(id)}/overview`, shownByCaller());
  }

  loadHistory(id: string): Observable<readonly HistoryEntry[]> {
    return this.http
      .get<{ items: readonly HistoryEntry[] }>(`${CLIENTS_URL}/${encodeURIComponent(id)}/history`, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  /** Therapists the signed-in supervisor may filter by and assign clients to. */
  loadTherapists(): Observable<readonly TherapistOption[]> {
    return this.http
      .get<{ items: readonly TherapistOption[] }>(THERAPISTS_URL, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  createClient(request: CreateClientRequest): Observable<Client> {
    return this.http.post<Client>(CLIENTS_URL, request, shownByCaller());
  }

  /** Sends an edit based on `base.version`; a stale version answers 409 with the current record. */
  saveEdit(base: Client, edit: ClientEdit): Observable<Client> {
    const url = `${CLIENTS_URL}/${encodeURIComponent(base.id)}`;
    const { version } = base;
    switch (edit.kind) {
      case 'update':
        return this.http.put<Client>(url, { ...edit.fields, version }, shownByCaller());
      case 'status':
        return this.http.post<Client>(
          `${url}/status`,
          { status: edit.status, dischargedOn: edit.dischargedOn, dischargeReason: edit.dischargeReason, version },
          shownByCaller(),
        );
      case 'reassign':
        return this.http.put<Client>(`${url}/assignment`, { therapistId: edit.therapistId, version }, shownByCaller());
    }
  }
}

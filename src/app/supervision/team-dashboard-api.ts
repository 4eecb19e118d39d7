import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CaseloadRow } from '@domain/clients/client';
import type { Page } from '@domain/common/page';
import type { TeamDashboard, TeamDashboardQuery } from '@domain/supervision/team-dashboard';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';

const DASHBOARD_URL = '/api/v1/team/dashboard';
const CLIENTS_URL = '/api/v1/clients';

/** The supervision endpoints; the only place in the supervision slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class TeamDashboardApi {
  private readonly http = inject(HttpClient);

  /** Every figure of the dashboard for one team, period and filter, in one request. */
  loadDashboard(query: TeamDashboardQuery): Observable<TeamDashboard> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    if (query.supervisorId !== undefined) {
      params = params.set('supervisorId', query.supervisorId);
    }
    if (query.therapistId !== undefined) {
      params = params.set('therapistId', query.therapistId);
    }
    if (query.concern !== 'all') {
      params = params.set('concern', query.concern);
    }
    if (query.status !== 'all') {
      params = params.set('status', query.status);
    }
    return this.http.get<TeamDashboard>(DASHBOARD_URL, { params, ...shownByCaller() });
  }

  /** One page of a therapist's clients, every status, by name; the server audits the read. */
  loadTherapistCaseload(therapistId: string, page: number, pageSize: number): Observable<Page<CaseloadRow>> {
    const params = new HttpParams()
      .set('therapistId', therapistId)
      .set('page', page)
      .set('pageSize', pageSize)
      .set('sort', 'preferredName')
      .set('direction', 'asc');
    return this.http.get<Page<CaseloadRow>>(CLIENTS_URL, { params, ...shownByCaller() });
  }
}

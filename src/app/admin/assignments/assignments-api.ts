import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TherapistOption } from '@domain/accounts/account';
import type { ClientAssignment } from '@domain/clients/client';
import type { CaseloadQuery, ReassignClientRequest } from '@domain/clients/client-requests';
import type { Page } from '@domain/common/page';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';
import type { AssignmentsQuery } from './assignments.feature';

const CLIENTS_URL = '/api/v1/clients';
const THERAPISTS_URL = '/api/v1/therapists';

/**
 * What an administrator may do with clients: list them (assignment facts only, the server sends no
 * clinical content to admins) and move them to another therapist.
 */
@Injectable({ providedIn: 'root' })
export class AssignmentsApi {
  private readonly http = inject(HttpClient);

  /** A POST to …/search although it is a read: a typed name or case number must stay out of the URL. */
  list(query: AssignmentsQuery): Observable<Page<ClientAssignment>> {
    const body: Partial<CaseloadQuery> = {
      page: query.page,
      pageSize: query.pageSize,
      sort: 'preferredName',
      direction: 'asc',
      status: query.status,
      search: query.search.trim(),
      ...(query.therapistId === null ? {} : { therapistId: query.therapistId }),
    };
    return this.http.post<Page<ClientAssignment>>(`${CLIENTS_URL}/search`, body, shownByCaller());
  }

  /** Every active therapist (the server narrows this to what the caller may assign to). */
  therapists(): Observable<readonly TherapistOption[]> {
    return this.http
      .get<{ items: readonly TherapistOption[] }>(THERAPISTS_URL, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  /** Based on `request.version`; a stale version answers 409 with the client as it is now. */
  reassign(id: string, request: ReassignClientRequest): Observable<ClientAssignment> {
    return this.http.put<ClientAssignment>(`${CLIENTS_URL}/${encodeURIComponent(id)}/assignment`, request, shownByCaller());
  }
}

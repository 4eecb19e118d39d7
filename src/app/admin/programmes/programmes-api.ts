import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommunityProgramme } from '@domain/community/programme';
import type { CreateProgrammeRequest, UpdateProgrammeRequest } from '@domain/community/programme-requests';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const URL = '/api/v1/community-programmes';

/** The community programmes directory's endpoints (administrators see retired programmes too). */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<readonly CommunityProgramme[]> {
    return this.http.get<{ items: CommunityProgramme[] }>(URL, shownByCaller()).pipe(map((answer) => answer.items));
  }

  create(request: CreateProgrammeRequest): Observable<CommunityProgramme> {
    return this.http.post<CommunityProgramme>(URL, request, shownByCaller());
  }

  update(programmeId: string, request: UpdateProgrammeRequest): Observable<CommunityProgramme> {
    return this.http.put<CommunityProgramme>(`${URL}/${programmeId}`, request, shownByCaller());
  }
}

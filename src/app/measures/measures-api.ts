import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import type { RecordMeasureRequest } from '@domain/measures/measure-requests';
import type { NetworkEvent, NetworkEventsView } from '@domain/network/network-events';
import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkView } from '@domain/network/network-view';
import type { FamilySession } from '@domain/sessions/family-session';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';
import type { MeasureAmendment } from './measure-edit';
import type { SessionFacts } from './trend-chart/trend-series';

const clientUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;
const measuresUrl = (clientId: string) => `${clientUrl(clientId)}/measures`;
const measureUrl = (clientId: string, measureId: string) =>
  `${measuresUrl(clientId)}/${encodeURIComponent(measureId)}`;

/** Every measure of a client with today's indicators and flags. */
export interface MeasuresView {
  /** Oldest first. */
  readonly items: readonly MeasureResponse[];
  readonly indicators: MeasureIndicators;
}

/**
 * The measures endpoints, and the two reads the trend chart draws beside the scores (family
 * session dates, the network's members over time); the only place in the measures slice that
 * talks HTTP.
 */
@Injectable({ providedIn: 'root' })
export class MeasuresApi {
  private readonly http = inject(HttpClient);

  loadMeasures(clientId: string): Observable<MeasuresView> {
    return this.http.get<MeasuresView>(measuresUrl(clientId), shownByCaller());
  }

  recordMeasure(clientId: string, request: RecordMeasureRequest): Observable<MeasureResponse> {
    return this.http.post<MeasureResponse>(measuresUrl(clientId), request, shownByCaller());
  }

  /** Based on `version`; a stale version answers 409 with the measure as it is now. */
  amendMeasure(
    clientId: string,
    measureId: string,
    amendment: MeasureAmendment,
    version: number,
  ): Observable<MeasureResponse> {
    return this.http.put<MeasureResponse>(
      measureUrl(clientId, measureId),
      { ...amendment, version },
      shownByCaller(),
    );
  }

  /** Every version of a measure, the original (version 1) first. */
  loadHistory(clientId: string, measureId: string): Observable<readonly MeasureRevision[]> {
    return this.http
      .get<{ items: readonly MeasureRevision[] }>(`${measureUrl(clientId, measureId)}/history`, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  /** When each family session was (or is planned), and how it went: markers on the trend chart. */
  loadSessionDates(clientId: string): Observable<readonly SessionFacts[]> {
    return this.http
      .get<{ items: readonly FamilySession[] }>(`${clientUrl(clientId)}/sessions`, shownByCaller())
      .pipe(map(({ items }) => items.map(({ id, startsAt, status, type }) => ({ id, startsAt, status, type }))));
  }

  /** Everyone who was ever in the client's network (current and ended), for the network's size over time. */
  loadNetworkMembers(clientId: string): Observable<readonly NetworkMember[]> {
    return this.http
      .get<NetworkView>(`${clientUrl(clientId)}/network`, shownByCaller())
      .pipe(map(({ members, endedMembers }) => [...members, ...endedMembers]));
  }

  /** What changed in the network and when (opaque ids; names come from the members), oldest first. */
  loadNetworkEvents(clientId: string): Observable<readonly NetworkEvent[]> {
    return this.http
      .get<NetworkEventsView>(`${clientUrl(clientId)}/network/events`, shownByCaller())
      .pipe(map(({ items }) => items));
  }
}

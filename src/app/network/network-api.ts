import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Client } from '@domain/clients/client';
import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkView } from '@domain/network/network-view';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';
import type { MemberEdit } from './member-edit';

/** What the network tab needs of the client: the name in the centre, the treatment start to compare with. */
export interface NetworkClient {
  readonly id: string;
  readonly preferredName: string;
  readonly treatmentStart: string;
}

const clientUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;

/** The support-network endpoints; the only place in the network slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);

  /** The network today (`asOf` null), or as it stood on a past date (read-only). */
  loadNetwork(clientId: string, asOf: string | null): Observable<NetworkView> {
    const params = asOf === null ? new HttpParams() : new HttpParams().set('asOf', asOf);
    return this.http.get<NetworkView>(`${clientUrl(clientId)}/network`, {
      params,
      ...shownByCaller(),
    });
  }

  loadClient(clientId: string): Observable<NetworkClient> {
    return this.http
      .get<Client>(clientUrl(clientId), shownByCaller())
      .pipe(
        map(({ id, preferredName, treatmentStart }) => ({ id, preferredName, treatmentStart })),
      );
  }

  /**
   * Sends one change, based on `version` (none for a new member); a stale version answers 409 with
   * the member as it is now. A re-activation is a button on the tab, not a form: its problems are
   * shown by the app's snack bar.
   */
  saveMember(
    clientId: string,
    edit: MemberEdit,
    version: number | null,
  ): Observable<NetworkMember> {
    const url = `${clientUrl(clientId)}/network`;
    switch (edit.kind) {
      case 'create':
        return this.http.post<NetworkMember>(url, edit.fields, shownByCaller());
      case 'update':
        return this.http.put<NetworkMember>(
          `${url}/${encodeURIComponent(edit.memberId)}`,
          { ...edit.fields, version },
          shownByCaller(),
        );
      case 'end':
        return this.http.post<NetworkMember>(
          `${url}/${encodeURIComponent(edit.memberId)}/end`,
          { endedOn: edit.endedOn, endReason: edit.endReason, version },
          shownByCaller(),
        );
      case 'reactivate':
        return this.http.post<NetworkMember>(
          `${url}/${encodeURIComponent(edit.memberId)}/reactivate`,
          { version },
        );
    }
  }
}

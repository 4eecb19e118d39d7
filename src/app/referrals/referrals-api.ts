import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommunityProgramme } from '@domain/community/programme';
import type { ClientReferral } from '@domain/referrals/referral';
import type { ReferralLetter } from '@domain/referrals/referral-letter';
import type { CreateReferralRequest, ReferralNetworkLinkRequest, ReferralStatusRequest } from '@domain/referrals/referral-requests';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';

const CLIENTS_URL = '/api/v1/clients';

/** The referral endpoints of one client; the only place in the referrals slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  list(clientId: string): Observable<readonly ClientReferral[]> {
    return this.http.get<{ items: ClientReferral[] }>(`${CLIENTS_URL}/${clientId}/referrals`, shownByCaller()).pipe(map((answer) => answer.items));
  }

  /** The active programmes of the directory, to refer to. */
  programmes(): Observable<readonly CommunityProgramme[]> {
    return this.http.get<{ items: CommunityProgramme[] }>('/api/v1/community-programmes', shownByCaller()).pipe(map((answer) => answer.items));
  }

  /** A referral letter, cut to the consent on the server; each call is audited as a print. */
  letter(clientId: string, referralId: string): Observable<ReferralLetter> {
    return this.http.post<ReferralLetter>(`${CLIENTS_URL}/${clientId}/referrals/${referralId}/letter`, null, shownByCaller());
  }

  create(clientId: string, request: CreateReferralRequest): Observable<ClientReferral> {
    return this.http.post<ClientReferral>(`${CLIENTS_URL}/${clientId}/referrals`, request, shownByCaller());
  }

  recordStep(clientId: string, referralId: string, request: ReferralStatusRequest): Observable<ClientReferral> {
    return this.http.post<ClientReferral>(`${CLIENTS_URL}/${clientId}/referrals/${referralId}/status`, request, shownByCaller());
  }

  linkToNetwork(clientId: string, referralId: string, request: ReferralNetworkLinkRequest): Observable<ClientReferral> {
    return this.http.post<ClientReferral>(`${CLIENTS_URL}/${clientId}/referrals/${referralId}/network-member`, request, shownByCaller());
  }
}

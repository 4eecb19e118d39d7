import type { NetworkMember } from '@domain/network/network-member';
import type { CreateNetworkMemberRequest } from '@domain/network/network-member-requests';

/** Everything a clinician records about a member (the request body without a version). */
export type MemberFields = CreateNetworkMemberRequest;

/**
 * One change to a client's network, independent of the version it is based on, so the same change
 * can be sent again on top of a newer version after a conflict.
 */
export type MemberEdit =
  | { readonly kind: 'create'; readonly fields: MemberFields }
  | { readonly kind: 'update'; readonly memberId: string; readonly fields: MemberFields }
  | {
      readonly kind: 'end';
      readonly memberId: string;
      readonly endedOn: string;
      readonly endReason: string;
    }
  | { readonly kind: 'reactivate'; readonly memberId: string };

/** A save that met a newer version of the member: the member as it is now, and the user's change. */
export interface MemberConflict {
  readonly current: NetworkMember;
  readonly edit: MemberEdit;
}

/** The member's recorded fields, as a form starts from them. */
export function fieldsOf(member: NetworkMember): MemberFields {
  return {
    name: member.name,
    relationship: member.relationship,
    supportTypes: [...member.supportTypes],
    tieStrength: member.tieStrength,
    tieQuality: member.tieQuality,
    energyFlow: member.energyFlow,
    contactFrequency: member.contactFrequency,
    livesWithClient: member.livesWithClient,
    involvement: member.involvement,
    consent: { ...member.consent },
    emergencyContact: member.emergencyContact,
    boundariesNote: member.boundariesNote,
    activeFrom: member.activeFrom,
  };
}

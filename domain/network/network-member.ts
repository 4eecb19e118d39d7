import type { Versioned } from '../common/versioned';
import type {
  ConsentStatus,
  ContactFrequency,
  EnergyFlow,
  NetworkCategory,
  Relationship,
  SupportType,
  TieQuality,
  TieStrength,
  TreatmentInvolvement,
} from './network-codes';

/** What a clinician records about one person or group in a client's life (one revision of it). */
export interface NetworkMemberFacts {
  readonly name: string;
  readonly relationship: Relationship;
  readonly supportTypes: readonly SupportType[];
  readonly tieStrength: TieStrength;
  readonly tieQuality: TieQuality;
  readonly energyFlow: EnergyFlow;
  readonly contactFrequency: ContactFrequency;
  readonly livesWithClient: boolean;
  readonly involvement: TreatmentInvolvement;
  readonly consent: {
    readonly status: ConsentStatus;
    readonly scope: string;
    readonly givenOn: string | null;
    readonly expiresOn: string | null;
  };
  readonly emergencyContact: boolean;
  readonly boundariesNote: string;
  /** When this person became part of the client's life as recorded (YYYY-MM-DD). */
  readonly activeFrom: string;
  readonly endedOn: string | null;
  readonly endReason: string | null;
}

export interface NetworkMember extends NetworkMemberFacts, Versioned {
  readonly id: string;
  readonly clientId: string;
  readonly category: NetworkCategory;
}

/**
 * One stored revision: the facts in force from `effectiveOn` until a higher version is. The first
 * revision is in force from the member's activeFrom date; an ending from its end date.
 */
export interface NetworkMemberRevision {
  readonly memberId: string;
  readonly version: number;
  readonly effectiveOn: string;
  readonly facts: NetworkMemberFacts;
}

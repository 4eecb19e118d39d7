import { categoryOf, type Relationship } from '@domain/network/network-codes';
import type { NetworkMember, NetworkMemberFacts } from '@domain/network/network-member';
import type { NetworkMemberRow, NetworkMembersTable } from '../db/database';
import { fromFlag, toFlag } from '../db/flag';

export function factsOf(row: NetworkMemberRow): NetworkMemberFacts {
  return {
    name: row.name,
    relationship: row.relationship as NetworkMemberFacts['relationship'],
    supportTypes: row.support_types ? (row.support_types.split(',') as NetworkMemberFacts['supportTypes'][number][]) : [],
    tieStrength: row.tie_strength as NetworkMemberFacts['tieStrength'],
    tieQuality: row.tie_quality as NetworkMemberFacts['tieQuality'],
    energyFlow: row.energy_flow as NetworkMemberFacts['energyFlow'],
    contactFrequency: row.contact_frequency as NetworkMemberFacts['contactFrequency'],
    livesWithClient: fromFlag(row.lives_with_client),
    involvement: row.involvement as NetworkMemberFacts['involvement'],
    consent: {
      status: row.consent_status as NetworkMemberFacts['consent']['status'],
      scope: row.consent_scope,
      givenOn: row.consent_given_on,
      expiresOn: row.consent_expires_on,
    },
    emergencyContact: fromFlag(row.emergency_contact),
    boundariesNote: row.boundaries_note,
    activeFrom: row.active_from,
    endedOn: row.ended_on,
    endReason: row.end_reason,
  };
}

export function toNetworkMember(row: NetworkMemberRow, facts: NetworkMemberFacts = factsOf(row)): NetworkMember {
  return {
    ...facts,
    id: row.id,
    clientId: row.client_id,
    category: categoryOf(facts.relationship as Relationship),
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** The member's columns for these facts (everything but identity and bookkeeping). */
export function columnsOf(facts: NetworkMemberFacts): Omit<NetworkMembersTable, 'id' | 'client_id' | 'version' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'> {
  return {
    name: facts.name,
    relationship: facts.relationship,
    category: categoryOf(facts.relationship),
    support_types: facts.supportTypes.join(','),
    tie_strength: facts.tieStrength,
    tie_quality: facts.tieQuality,
    energy_flow: facts.energyFlow,
    contact_frequency: facts.contactFrequency,
    lives_with_client: toFlag(facts.livesWithClient),
    involvement: facts.involvement,
    consent_status: facts.consent.status,
    consent_scope: facts.consent.scope,
    consent_given_on: facts.consent.givenOn,
    consent_expires_on: facts.consent.expiresOn,
    emergency_contact: toFlag(facts.emergencyContact),
    boundaries_note: facts.boundariesNote,
    active_from: facts.activeFrom,
    ended_on: facts.endedOn,
    end_reason: facts.endReason,
  };
}

/** Names of the facts that differ (for the audit trail; never values). */
export function changedFactNames(before: NetworkMemberFacts, after: NetworkMemberFacts): string[] {
  return (Object.keys(after) as (keyof NetworkMemberFacts)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

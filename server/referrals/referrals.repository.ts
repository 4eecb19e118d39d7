import type { Kysely } from 'kysely';
import type { ProgrammeKind } from '@domain/community/programme-codes';
import type { GroupKind } from '@domain/groups/group-codes';
import type { ClientReferral, ReferralEvent } from '@domain/referrals/referral';
import { referralFollowUpDue, type ReferralSharedDetail, type ReferralStatus } from '@domain/referrals/referral-codes';
import type { Database } from '../db/database';

function referralRows(db: Kysely<Database>) {
  return db
    .selectFrom('referrals')
    .leftJoin('clinic_groups', 'clinic_groups.id', 'referrals.group_id')
    .leftJoin('community_programmes', 'community_programmes.id', 'referrals.programme_id')
    .selectAll('referrals')
    .select(['clinic_groups.name as group_name', 'clinic_groups.kind as group_kind', 'community_programmes.name as programme_name', 'community_programmes.kind as programme_kind']);
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirstOrThrow']>>;

function toReferral(row: ReferralRow, events: readonly ReferralEvent[], today: string): ClientReferral {
  const status = row.status as ReferralStatus;
  return {
    id: row.id,
    clientId: row.client_id,
    target:
      row.group_id !== null
        ? { type: 'group', id: row.group_id, name: row.group_name ?? '', kind: row.group_kind as GroupKind }
        : { type: 'programme', id: row.programme_id!, name: row.programme_name ?? '', kind: row.programme_kind as ProgrammeKind },
    enrolmentId: row.enrolment_id,
    reason: row.reason,
    consentGivenOn: row.consent_given_on,
    sharedDetails: row.shared_details.split(',').filter(Boolean) as ReferralSharedDetail[],
    status,
    statusOn: row.status_on,
    followUpDue: referralFollowUpDue(status, row.status_on, today),
    networkMemberId: row.network_member_id,
    events,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

async function eventsOf(db: Kysely<Database>, referralIds: readonly string[]): Promise<Map<string, ReferralEvent[]>> {
  const byReferral = new Map<string, ReferralEvent[]>(referralIds.map((id) => [id, []]));
  if (referralIds.length > 0) {
    const rows = await db
      .selectFrom('referral_events')
      .innerJoin('users', 'users.id', 'referral_events.recorded_by')
      .select(['referral_events.referral_id', 'referral_events.status', 'referral_events.occurred_on', 'referral_events.note', 'referral_events.recorded_at', 'users.name'])
      .where('referral_events.referral_id', 'in', [...referralIds])
      .orderBy('referral_events.occurred_on')
      .orderBy('referral_events.recorded_at')
      .orderBy('referral_events.id')
      .execute();
    for (const row of rows) {
      byReferral.get(row.referral_id)?.push({
        status: row.status as ReferralStatus,
        on: row.occurred_on,
        note: row.note,
        recordedAt: row.recorded_at,
        recordedByName: row.name,
      });
    }
  }
  return byReferral;
}

/** A client's referrals, newest first, each with its timeline (the caller checked the client's scope). */
export async function listClientReferrals(db: Kysely<Database>, clientId: string, today: string): Promise<ClientReferral[]> {
  const rows = await referralRows(db)
    .where('referrals.client_id', '=', clientId)
    .orderBy('referrals.created_at', 'desc')
    .orderBy('referrals.id', 'desc')
    .execute();
  const events = await eventsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toReferral(row, events.get(row.id) ?? [], today));
}

export async function findClientReferral(db: Kysely<Database>, clientId: string, referralId: string, today: string): Promise<ClientReferral | undefined> {
  const row = await referralRows(db).where('referrals.client_id', '=', clientId).where('referrals.id', '=', referralId).executeTakeFirst();
  return row && toReferral(row, (await eventsOf(db, [row.id])).get(row.id) ?? [], today);
}

/**
 * What a referral letter is made from: the referral to a directory programme, the programme's
 * contact details, the client's preferred name and the referring clinician. Undefined for another
 * client's referral or a clinic group's (the group's facilitators take it from the roster, no letter).
 */
export function findLetterSource(db: Kysely<Database>, clientId: string, referralId: string) {
  return db
    .selectFrom('referrals')
    .innerJoin('community_programmes as programme', 'programme.id', 'referrals.programme_id')
    .innerJoin('clients', 'clients.id', 'referrals.client_id')
    .innerJoin('users as clinician', 'clinician.id', 'referrals.created_by')
    .innerJoin('referral_events as referred', (join) => join.onRef('referred.referral_id', '=', 'referrals.id').on('referred.status', '=', 'referred'))
    .select([
      'referrals.id',
      'referrals.reason',
      'referrals.consent_given_on',
      'referrals.shared_details',
      'referred.occurred_on as referred_on',
      'programme.name as programme_name',
      'programme.contact_name',
      'programme.phone',
      'programme.email',
      'programme.website',
      'programme.area',
      'clients.preferred_name',
      'clinician.name as clinician_name',
      'clinician.email as clinician_email',
    ])
    .where('referrals.client_id', '=', clientId)
    .where('referrals.id', '=', referralId)
    .executeTakeFirst();
}

export type LetterSource = NonNullable<Awaited<ReturnType<typeof findLetterSource>>>;

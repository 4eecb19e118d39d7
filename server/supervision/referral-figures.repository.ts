import { type Kysely, sql } from 'kysely';
import { REFERRAL_STATUS_CODES, type ReferralStatus } from '@domain/referrals/referral-codes';
import {
  CONSIDER_REFERRAL_REASON_CODES,
  type ConsiderReferralClient,
  type ReferralStatusCounts,
  type TherapistGroupsReferrals,
} from '@domain/supervision/team-dashboard';
import type { Database } from '../db/database';
import { flagBit, flagsOfSeverity, SCORE_FLAG_COLUMNS, severitySql } from '../measures/flag-sql';
import { considerReferralSql } from '../referrals/consider-referral-sql';
import { count, type DashboardScope, teamClients } from './supervision.repository';

const noReferrals = (): ReferralStatusCounts =>
  Object.fromEntries(REFERRAL_STATUS_CODES.map((status) => [status, 0])) as ReferralStatusCounts;

/**
 * Per therapist of the team: attendance at group meetings held in the period (present of recorded)
 * and referrals made in the period by today's status, of the filtered clients. Two grouped queries.
 */
export async function groupsReferralsByTherapist(
  db: Kysely<Database>,
  scope: DashboardScope,
  therapists: readonly { id: string }[],
): Promise<TherapistGroupsReferrals[]> {
  const { from, to } = scope.query;
  const [attendance, referrals] = await Promise.all([
    db
      .selectFrom('group_attendance')
      .innerJoin('group_meetings', 'group_meetings.id', 'group_attendance.meeting_id')
      .innerJoin('clients', 'clients.id', 'group_attendance.client_id')
      .where(teamClients(scope))
      .where('group_meetings.meeting_date', '>=', from)
      .where('group_meetings.meeting_date', '<=', to)
      .select((eb) => ['clients.therapist_id', eb.fn.countAll().as('recorded'), count(eb('group_attendance.attendance', '=', 'present')).as('present')])
      .groupBy('clients.therapist_id')
      .execute(),
    db
      .selectFrom('referrals')
      .innerJoin('clients', 'clients.id', 'referrals.client_id')
      // Every referral has exactly one "referred" step: the day it was made.
      .innerJoin('referral_events', (join) => join.onRef('referral_events.referral_id', '=', 'referrals.id').on('referral_events.status', '=', 'referred'))
      .where(teamClients(scope))
      .where('referral_events.occurred_on', '>=', from)
      .where('referral_events.occurred_on', '<=', to)
      .select((eb) => ['clients.therapist_id', 'referrals.status', eb.fn.countAll().as('referrals')])
      .groupBy(['clients.therapist_id', 'referrals.status'])
      .execute(),
  ]);
  const attendanceOf = new Map(attendance.map((row) => [row.therapist_id, row]));
  const referralsOf = new Map<string, ReferralStatusCounts>();
  for (const row of referrals) {
    const counts = referralsOf.get(row.therapist_id) ?? noReferrals();
    // PostgreSQL sends counts as text.
    counts[row.status as ReferralStatus] = Number(row.referrals);
    referralsOf.set(row.therapist_id, counts);
  }
  return therapists.map((therapist) => ({
    therapistId: therapist.id,
    attendancesPresent: Number(attendanceOf.get(therapist.id)?.present ?? 0),
    attendancesRecorded: Number(attendanceOf.get(therapist.id)?.recorded ?? 0),
    referrals: referralsOf.get(therapist.id) ?? noReferrals(),
  }));
}

/** The filtered clients to consider referring (considerReferralSql), with the reasons, by case number. */
export async function considerReferralClients(db: Kysely<Database>, scope: DashboardScope, limit = 500): Promise<ConsiderReferralClient[]> {
  const bits = CONSIDER_REFERRAL_REASON_CODES.map((reason) => flagBit(sql<boolean>`${sql.ref(`client_measure_status.${SCORE_FLAG_COLUMNS[reason]}`)} = 1`));
  const rows = await db
    .selectFrom('clients')
    .innerJoin('client_measure_status', 'client_measure_status.client_id', 'clients.id')
    .where(teamClients(scope))
    .where((eb) => considerReferralSql(eb, scope.today))
    .select(['clients.id', 'clients.preferred_name', 'clients.case_number', 'clients.therapist_id', severitySql(bits).as('reasons')])
    .orderBy('clients.case_number')
    .orderBy('clients.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    clientId: row.id,
    preferredName: row.preferred_name,
    caseNumber: row.case_number,
    therapistId: row.therapist_id,
    reasons: flagsOfSeverity(CONSIDER_REFERRAL_REASON_CODES, Number(row.reasons)),
  }));
}

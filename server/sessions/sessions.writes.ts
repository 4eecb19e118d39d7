import type { Kysely, Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import { raisesRiskFlag, type FamilySession } from '@domain/sessions/family-session';
import type { PlanSessionRequest, RecordSessionRequest, RiskReviewRequest } from '@domain/sessions/session-requests';
import type { FieldError } from '@domain/validation/field-errors';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { requireClientAccess } from '../access/client-guard';
import type { ClientRow, Database, FamilySessionsTable } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { membersOfClient } from '../network/network.repository';
import { loadSession } from './sessions.repository';
import { assertNotPast, assertRecordFitsItsDate, declinedConsentReason, overlappingSessions, requireAcknowledgements, resolveAttendees } from './session-checks';
import { changedSessionFields, endsAt } from './session-mapping';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';

async function appendRevision(db: Kysely<Database>, session: FamilySession, recordedBy: string, reason: string | null): Promise<void> {
  await db
    .insertInto('family_session_revisions')
    .values({
      id: uuidv7(),
      session_id: session.id,
      version: session.version,
      recorded_at: session.updatedAt,
      recorded_by: recordedBy,
      reason,
      snapshot: JSON.stringify(session),
    })
    .execute();
}

export async function planSession(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, plan: PlanSessionRequest): Promise<FamilySession> {
  const { user } = actor;
  const client = await requireClientAccess(db, actor, audit, clientId, 'write', 'family-session');
  const now = actor.now;
  assertNotPast(plan.startsAt, plan.pastSession, now);
  const clientDeclined = client.family_consent === 'declined';
  const startsAt = new Date(plan.startsAt).toISOString();
  const end = endsAt(startsAt, plan.durationMinutes);
  const id = uuidv7();
  return db.transaction().execute(async (trx) => {
    const { attendees, consentWarnings } = await resolveAttendees(trx, clientId, plan, todayIsoDate(now));
    requireAcknowledgements(plan, consentWarnings, await overlappingSessions(trx, user.id, startsAt, end), clientDeclined);
    const declinedReason = declinedConsentReason(client.family_consent, plan);
    const timestamp = now.toISOString();
    await trx
      .insertInto('family_sessions')
      .values({
        id,
        client_id: clientId,
        therapist_id: user.id,
        type: plan.type,
        modality: plan.modality,
        starts_at: startsAt,
        ends_at: end,
        duration_minutes: plan.durationMinutes,
        location: plan.location,
        status: 'planned',
        attendees: JSON.stringify(attendees),
        goals: plan.goals,
        summary: '',
        interventions: '',
        dynamics_observations: '',
        outcomes: '',
        risk_concerns: '',
        follow_ups: '[]',
        amended: 0,
        declined_consent_reason: declinedReason,
        version: 1,
        created_at: timestamp,
        created_by: user.id,
        updated_at: timestamp,
        updated_by: user.id,
      })
      .execute();
    await audit({ action: 'create', recordType: 'family-session', recordId: id, outcome: 'success' }, trx);
    return (await loadSession(trx, clientId, id))!;
  });
}

/** A versioned change in one transaction with its audit event (and revision once completed). */
async function changeSession(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  sessionId: string,
  version: number,
  change: (
    before: FamilySession,
    trx: Kysely<Database>,
    client: ClientRow,
  ) => Promise<{ columns: Updateable<FamilySessionsTable>; action: string; reason: string | null }>,
): Promise<FamilySession> {
  const { user } = actor;
  const client = await requireClientAccess(db, actor, audit, clientId, 'write', 'family-session');
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => loadSession(trx, clientId, sessionId), version);
    const { columns, action, reason } = await change(before, trx, client);
    const result = await trx
      .updateTable('family_sessions')
      .set({ ...columns, version: version + 1, updated_at: actor.now.toISOString(), updated_by: user.id })
      .where('id', '=', sessionId)
      .where('client_id', '=', clientId)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => loadSession(trx, clientId, sessionId));
    const after = (await loadSession(trx, clientId, sessionId))!;
    if (after.status === 'completed' || before.status === 'completed') {
      await appendRevision(trx, after, user.id, reason);
    }
    await audit(
      { action, recordType: 'family-session', recordId: sessionId, outcome: 'success', fields: changedSessionFields(before, after) },
      trx,
    );
    return after;
  });
}

export function updatePlan(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, sessionId: string, plan: PlanSessionRequest & { version: number }): Promise<FamilySession> {
  const now = actor.now;
  return changeSession(db, actor, audit, clientId, sessionId, plan.version, async (before, trx, client) => {
    if (before.status !== 'planned') {
      throw HttpProblem.conflict('Only a planned session can be re-planned; record or amend it instead.');
    }
    assertNotPast(plan.startsAt, plan.pastSession, now);
    const startsAt = new Date(plan.startsAt).toISOString();
    const end = endsAt(startsAt, plan.durationMinutes);
    const { attendees, consentWarnings } = await resolveAttendees(trx, clientId, plan, todayIsoDate(now), before.attendees);
    requireAcknowledgements(
      plan,
      consentWarnings,
      await overlappingSessions(trx, before.therapistId, startsAt, end, sessionId),
      client.family_consent === 'declined',
    );
    const declinedReason = declinedConsentReason(client.family_consent, plan);
    return {
      action: 'update',
      reason: null,
      columns: {
        type: plan.type,
        modality: plan.modality,
        starts_at: startsAt,
        ends_at: end,
        duration_minutes: plan.durationMinutes,
        location: plan.location,
        attendees: JSON.stringify(attendees),
        goals: plan.goals,
        declined_consent_reason: declinedReason,
      },
    };
  });
}

/**
 * Records what happened. Once a session is completed, every later change is an amendment: it
 * needs a reason, and the previous version stays in the session's history.
 */
export function recordSession(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, sessionId: string, record: RecordSessionRequest): Promise<FamilySession> {
  const now = actor.now;
  return changeSession(db, actor, audit, clientId, sessionId, record.version, async (before, trx) => {
    const amending = before.status === 'completed';
    if (amending && !record.amendmentReason) {
      throw HttpProblem.badRequest([{ field: 'amendmentReason', message: 'Completed sessions change by amendment: give a reason.' }]);
    }
    assertRecordFitsItsDate(before, record, now);
    const errors: FieldError[] = [];
    const invited = new Set(before.attendees.map((attendee) => attendee.id));
    record.attendance.forEach((entry, index) => {
      if (!invited.has(entry.id)) {
        errors.push({ field: `attendance.${index}.id`, message: 'Not invited to this session.' });
      }
    });
    const memberIds = new Set((await membersOfClient(trx, clientId)).map((row) => row.id));
    record.followUps.forEach((followUp, index) => {
      if (followUp.ownerKind === 'member' && !memberIds.has(followUp.ownerMemberId!)) {
        errors.push({ field: `followUps.${index}.ownerMemberId`, message: "Not a member of this client's network." });
      }
    });
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
    const attendance = new Map(record.attendance.map((entry) => [entry.id, entry.attendance]));
    const attendees = before.attendees.map((attendee) => ({ ...attendee, attendance: attendance.get(attendee.id) ?? attendee.attendance }));
    const followUps = record.followUps.map((followUp) => ({ ...followUp, id: followUp.id ?? uuidv7() }));
    return {
      action: amending ? 'amend' : 'record',
      reason: record.amendmentReason,
      columns: {
        status: record.status,
        attendees: JSON.stringify(attendees),
        goals: record.goals,
        summary: record.summary,
        interventions: record.interventions,
        dynamics_observations: record.dynamicsObservations,
        outcomes: record.outcomes,
        risk_concerns: record.riskConcerns,
        follow_ups: JSON.stringify(followUps),
        amended: amending ? 1 : before.amended ? 1 : 0,
        // Changed risk concerns are a new concern: the flag stands again until they are reviewed.
        ...(record.riskConcerns === before.riskConcerns ? {} : { risk_reviewed_at: null, risk_reviewed_by: null, risk_review_note: null }),
      },
    };
  });
}

/**
 * Ticks one follow-up off or re-opens it. Only the follow-up's state changes, so it is not an
 * amendment of the clinical record, but a completed session still keeps the revision.
 */
export function setFollowUpDone(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, sessionId: string, followUpId: string, done: boolean, version: number): Promise<FamilySession> {
  return changeSession(db, actor, audit, clientId, sessionId, version, async (before) => {
    if (!before.followUps.some((followUp) => followUp.id === followUpId)) {
      throw HttpProblem.notFound();
    }
    const followUps = before.followUps.map((followUp) => (followUp.id === followUpId ? { ...followUp, done } : followUp));
    return {
      action: done ? 'complete-follow-up' : 'reopen-follow-up',
      reason: done ? 'Follow-up marked done.' : 'Follow-up re-opened.',
      columns: { follow_ups: JSON.stringify(followUps) },
    };
  });
}

/**
 * Marks a session's risk concerns reviewed, with the clinician's note: the "risk noted" flag they
 * raised on the client clears. A completed session keeps the revision, with the note as its reason.
 */
export function reviewRisk(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, sessionId: string, review: RiskReviewRequest): Promise<FamilySession> {
  const { user } = actor;
  const now = actor.now;
  return changeSession(db, actor, audit, clientId, sessionId, review.version, async (before) => {
    if (!raisesRiskFlag(before)) {
      throw HttpProblem.conflict(before.riskConcerns.trim() === '' ? 'This session records no risk concerns.' : 'These risk concerns were already reviewed.');
    }
    return {
      action: 'review-risk',
      reason: 'Risk concerns reviewed.',
      columns: { risk_reviewed_at: now.toISOString(), risk_reviewed_by: user.id, risk_review_note: review.note },
    };
  });
}

import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import { allowsSharing, consentStateOn } from '@domain/network/consent-state';
import type { InstrumentCode } from '@domain/measures/instrument';
import { LINK_CREATABLE_STATES, type SelfReportRequest, WITHDRAWABLE_STATES } from '@domain/self-report/self-report-request';
import type { CreateLinkRequest, SendSelfReportRequest, SendSessionFeedbackRequest } from '@domain/self-report/self-report-requests';
import type { SessionAttendee } from '@domain/sessions/family-session';
import type { FieldError } from '@domain/validation/field-errors';
import type { Actor } from '../access/actor';
import { requireClientAccess } from '../access/client-guard';
import type { Audit } from '../audit/audit-log';
import { newToken, sha256 } from '../sign-in-sessions/session-tokens';
import type { AppConfig } from '../config';
import type { Database, SelfReportRequestRow } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { HttpProblem } from '../http/http-problem';
import { factsOf } from '../network/network-mapping';
import { membersOfClient } from '../network/network.repository';
import { assertEmailPossible, emailLink } from './self-report-email';
import { loadRequest, requestRow } from './self-report.repository';

const DAY_MS = 86_400_000;

/** What a new request needs besides who sent it. */
interface NewRequest {
  readonly clientId: string;
  readonly kind: 'measures' | 'session-feedback';
  readonly instruments: readonly InstrumentCode[];
  readonly sessionId: string | null;
  readonly memberId: string | null;
  readonly expiresInDays: number;
  readonly repeatEveryWeeks: number | null;
  readonly previousRequestId: string | null;
  readonly emailed: boolean;
  /** The address a measures series is emailed to, kept for its next links. */
  readonly emailTo: string | null;
}

/** A link issued now, or none until a repeat's due date (and the therapist creates it). */
type LinkTiming = { readonly issueNow: true } | { readonly issueNow: false; readonly dueAt: Date };

/** The link for a token: the only place the token ever appears (once, in the sender's answer). */
export const linkFor = (config: AppConfig, token: string): string => `${config.publicOrigin}/r/${token}`;

/**
 * Stores a request with a fresh 256-bit token, keeping only the token's hash; returns the token.
 * A request without a link yet stores the hash of a token that is thrown away: no link opens it.
 */
export async function insertRequest(
  trx: Kysely<Database>,
  request: NewRequest,
  userId: string,
  now: Date,
  timing: LinkTiming = { issueNow: true },
): Promise<{ id: string; token: string }> {
  const id = uuidv7();
  const token = newToken();
  const timestamp = now.toISOString();
  const linkFrom = timing.issueNow ? now : timing.dueAt;
  await trx
    .insertInto('self_report_requests')
    .values({
      id,
      client_id: request.clientId,
      kind: request.kind,
      instruments: request.instruments.join(','),
      session_id: request.sessionId,
      member_id: request.memberId,
      token_hash: sha256(token),
      // Until a link is issued this is only a placeholder: the state reads link_issued_at first.
      expires_at: new Date(linkFrom.getTime() + request.expiresInDays * DAY_MS).toISOString(),
      expires_in_days: request.expiresInDays,
      due_at: timing.issueNow ? null : timing.dueAt.toISOString(),
      link_issued_at: timing.issueNow ? timestamp : null,
      email_to: request.emailTo,
      answered_at: null,
      withdrawn_at: null,
      repeat_every_weeks: request.repeatEveryWeeks,
      previous_request_id: request.previousRequestId,
      next_issued: 0,
      emailed: request.emailed ? 1 : 0,
      seen_at: null,
      version: 1,
      created_at: timestamp,
      created_by: userId,
      updated_at: timestamp,
      updated_by: userId,
    })
    .execute();
  return { id, token };
}

/** A repeat or a resend keeps the therapist's choices, the address included. */
const sameSettings = (row: SelfReportRequestRow): Omit<NewRequest, 'previousRequestId' | 'emailed'> => ({
  clientId: row.client_id,
  kind: row.kind,
  instruments: row.instruments === '' ? [] : (row.instruments.split(',') as InstrumentCode[]),
  sessionId: row.session_id,
  memberId: row.member_id,
  expiresInDays: row.expires_in_days,
  repeatEveryWeeks: row.repeat_every_weeks,
  emailTo: row.email_to,
});

export async function sendSelfReport(db: Kysely<Database>, actor: Actor, audit: Audit, config: AppConfig, clientId: string, body: SendSelfReportRequest): Promise<{ request: SelfReportRequest; link: string }> {
  const { user } = actor;
  assertEmailPossible(config, body.emailTo);
  const client = await requireClientAccess(db, actor, audit, clientId, 'write', 'self-report-request');
  if (client.status === 'discharged') {
    throw HttpProblem.conflict('The client is discharged: no self-report can be sent.');
  }
  const now = actor.now;
  return db.transaction().execute(async (trx) => {
    const settings = { clientId, kind: 'measures' as const, instruments: body.instruments, sessionId: null, memberId: null, expiresInDays: body.expiresInDays, repeatEveryWeeks: body.repeatEveryWeeks };
    const { id, token } = await insertRequest(trx, { ...settings, previousRequestId: null, emailed: body.emailTo !== null, emailTo: body.emailTo }, user.id, now);
    await audit({ action: 'create', recordType: 'self-report-request', recordId: id, outcome: 'success' }, trx);
    const link = linkFor(config, token);
    if (body.emailTo) {
      // Inside the transaction: a failed email leaves no request behind that claims it was emailed.
      await emailLink(config, body.emailTo, link);
    }
    return { request: (await loadRequest(trx, clientId, id, now))!, link };
  });
}

/** Marks an open request (waiting, or a scheduled or due repeat) withdrawn if still at `version`; 409 when stale or closed. */
async function withdrawIn(trx: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, requestId: string, version: number, now: Date): Promise<SelfReportRequestRow> {
  const { user } = actor;
  const before = await recordToEdit(() => loadRequest(trx, clientId, requestId, now), version);
  if (!WITHDRAWABLE_STATES.includes(before.state)) {
    throw HttpProblem.conflict(`This request is already ${before.state}.`);
  }
  const result = await trx
    .updateTable('self_report_requests')
    .set({ withdrawn_at: now.toISOString(), version: version + 1, updated_at: now.toISOString(), updated_by: user.id })
    .where('id', '=', requestId)
    .where('client_id', '=', clientId)
    .where('version', '=', version)
    .where('answered_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  await assertVersionedUpdate(result, () => loadRequest(trx, clientId, requestId, now));
  await audit({ action: 'withdraw', recordType: 'self-report-request', recordId: requestId, outcome: 'success' }, trx);
  return (await requestRow(trx, clientId, requestId))!;
}

export async function withdrawRequest(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, requestId: string, version: number): Promise<SelfReportRequest> {
  await requireClientAccess(db, actor, audit, clientId, 'write', 'self-report-request');
  const now = actor.now;
  return db.transaction().execute(async (trx) => {
    await withdrawIn(trx, actor, audit, clientId, requestId, version, now);
    return (await loadRequest(trx, clientId, requestId, now))!;
  });
}

/**
 * Sends a request again: the old link stops working (withdrawn, unless it already expired) and a
 * fresh link with the same settings is issued.
 */
export async function resendRequest(db: Kysely<Database>, actor: Actor, audit: Audit, config: AppConfig, clientId: string, requestId: string, version: number): Promise<{ request: SelfReportRequest; link: string }> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'self-report-request');
  const now = actor.now;
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => loadRequest(trx, clientId, requestId, now), version);
    if (before.state === 'answered') {
      throw HttpProblem.conflict('This request was answered: send a new one instead.');
    }
    const old = WITHDRAWABLE_STATES.includes(before.state)
      ? await withdrawIn(trx, actor, audit, clientId, requestId, version, now)
      : (await requestRow(trx, clientId, requestId))!;
    const { id, token } = await insertRequest(trx, { ...sameSettings(old), previousRequestId: old.id, emailed: false }, user.id, now);
    await audit({ action: 'resend', recordType: 'self-report-request', recordId: id, outcome: 'success' }, trx);
    return { request: (await loadRequest(trx, clientId, id, now))!, link: linkFor(config, token) };
  });
}

/**
 * Feedback links for attendees of a completed session. Every named member must have attended as a
 * network member and have granted, current consent; otherwise nothing is sent.
 */
export async function sendSessionFeedback(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  config: AppConfig,
  clientId: string,
  sessionId: string,
  body: SendSessionFeedbackRequest,
): Promise<{ sent: { request: SelfReportRequest; link: string; memberId: string }[] }> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'session-feedback-request');
  const now = actor.now;
  const today = todayIsoDate(now);
  const session = await db.selectFrom('family_sessions').select(['status', 'attendees']).where('client_id', '=', clientId).where('id', '=', sessionId).executeTakeFirst();
  if (!session) {
    throw HttpProblem.notFound();
  }
  if (session.status !== 'completed') {
    throw HttpProblem.conflict('Feedback can be asked for only once the session is recorded as completed.');
  }
  const attendees = new Set((JSON.parse(session.attendees) as SessionAttendee[]).filter((attendee) => attendee.kind === 'member').map((attendee) => attendee.id));
  const members = new Map((await membersOfClient(db, clientId)).map((row) => [row.id, factsOf(row)]));
  const notAttendees: FieldError[] = [];
  const withoutConsent: FieldError[] = [];
  body.memberIds.forEach((memberId, index) => {
    const facts = members.get(memberId);
    if (!facts || !attendees.has(memberId)) {
      notAttendees.push({ field: `memberIds.${index}`, message: 'Not a network member who was at this session.' });
    } else if (!allowsSharing(consentStateOn(facts.consent, today))) {
      withoutConsent.push({ field: `memberIds.${index}`, message: `${facts.name} has no granted, current consent` });
    }
  });
  if (notAttendees.length > 0) {
    throw HttpProblem.badRequest(notAttendees);
  }
  if (withoutConsent.length > 0) {
    throw new HttpProblem(422, 'Consent needed', 'Feedback can be sent only to attendees with granted, current consent. Nothing was sent.', withoutConsent);
  }
  return db.transaction().execute(async (trx) => {
    const sent = [];
    for (const memberId of body.memberIds) {
      const settings = { clientId, kind: 'session-feedback' as const, instruments: [], sessionId, memberId, expiresInDays: body.expiresInDays, repeatEveryWeeks: null };
      const { id, token } = await insertRequest(trx, { ...settings, previousRequestId: null, emailed: false, emailTo: null }, user.id, now);
      await audit({ action: 'create', recordType: 'session-feedback-request', recordId: id, outcome: 'success' }, trx);
      sent.push({ request: (await loadRequest(trx, clientId, id, now))!, link: linkFor(config, token), memberId });
    }
    return { sent };
  });
}

/** The therapist opened the Measures tab: answered self-reports are no longer new. */
export async function markSelfReportsSeen(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string): Promise<void> {
  await requireClientAccess(db, actor, audit, clientId, 'write', 'self-report-request');
  await db
    .updateTable('self_report_requests')
    .set({ seen_at: actor.now.toISOString() })
    .where('client_id', '=', clientId)
    .where('answered_at', 'is not', null)
    .where('seen_at', 'is', null)
    .execute();
}

/** Discharge ends every open link of the client, and every scheduled or due repeat (so every series). */
export async function withdrawOpenRequests(trx: Kysely<Database>, clientId: string, userId: string, now: Date): Promise<void> {
  const timestamp = now.toISOString();
  await trx
    .updateTable('self_report_requests')
    .set((eb) => ({ withdrawn_at: timestamp, version: eb('version', '+', 1), updated_at: timestamp, updated_by: userId }))
    .where('client_id', '=', clientId)
    .where('answered_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where((eb) => eb.or([eb('link_issued_at', 'is', null), eb('expires_at', '>', timestamp)]))
    .execute();
}

/**
 * The next request of a repeating series, once one is answered (or has expired): due N weeks after
 * the link it follows was issued, valid for as many days as that one was. It gets no link: it is
 * "scheduled" until its date, then "due" until the therapist creates its link (Measures tab), so
 * nobody can answer it early and no link is made that nobody sees. Issued once per request
 * (next_issued), never for a withdrawn series or a discharged client.
 */
export async function issueNextRepeat(trx: Kysely<Database>, row: SelfReportRequestRow, now: Date): Promise<string | null> {
  if (!row.repeat_every_weeks || row.withdrawn_at) {
    return null;
  }
  const claimed = await trx
    .updateTable('self_report_requests')
    .set({ next_issued: 1 })
    .where('id', '=', row.id)
    .where('next_issued', '=', 0)
    .executeTakeFirst();
  const client = await trx.selectFrom('clients').select('status').where('id', '=', row.client_id).executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1 || client?.status === 'discharged') {
    return null;
  }
  const sentAt = Date.parse(row.link_issued_at ?? row.created_at);
  const dueAt = new Date(sentAt + row.repeat_every_weeks * 7 * DAY_MS);
  const { id } = await insertRequest(trx, { ...sameSettings(row), previousRequestId: row.id, emailed: false }, row.created_by, now, { issueNow: false, dueAt });
  return id;
}

/** Repeating requests that expired unanswered issue their next one when the client's requests are read. */
export async function issueRepeatsOfExpired(db: Kysely<Database>, clientId: string, now: Date): Promise<void> {
  const expired = await db
    .selectFrom('self_report_requests')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('repeat_every_weeks', 'is not', null)
    .where('next_issued', '=', 0)
    .where('answered_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('link_issued_at', 'is not', null)
    .where('expires_at', '<=', now.toISOString())
    .execute();
  for (const row of expired) {
    await db.transaction().execute((trx) => issueNextRepeat(trx, row, now));
  }
}

/**
 * Creates a (new) link for a due repeat, or for a waiting request whose link was lost: a fresh
 * token replaces the stored hash, so the old link (if any) stops working at once, and the link is
 * valid for the request's days from now. Optionally emailed to the address the series was emailed
 * to. Versioned (stale → 409) and audited; a scheduled repeat is refused until its date.
 */
export async function createLink(db: Kysely<Database>, actor: Actor, audit: Audit, config: AppConfig, clientId: string, requestId: string, body: CreateLinkRequest): Promise<{ request: SelfReportRequest; link: string }> {
  const { user } = actor;
  // The client guard first: someone without access learns nothing, not even about the email set-up.
  await requireClientAccess(db, actor, audit, clientId, 'write', 'self-report-request');
  if (body.email && !config.smtpUrl) {
    throw HttpProblem.badRequest([{ field: 'email', message: 'Email is not set up at this clinic (no SMTP_URL): copy or print the link instead.' }]);
  }
  const now = actor.now;
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => loadRequest(trx, clientId, requestId, now), body.version);
    if (before.state === 'scheduled') {
      throw HttpProblem.conflict(`This repeat is not due yet: its link can be created from ${before.dueAt!.slice(0, 10)}.`);
    }
    if (!LINK_CREATABLE_STATES.includes(before.state)) {
      throw HttpProblem.conflict(`This request is ${before.state}: no link can be created for it.`);
    }
    const row = (await requestRow(trx, clientId, requestId))!;
    if (row.kind === 'session-feedback') {
      await assertFeedbackConsent(trx, row, now);
    }
    if (body.email && !row.email_to) {
      throw HttpProblem.badRequest([{ field: 'email', message: 'This request was not sent by email: copy or print the link instead.' }]);
    }
    const token = newToken();
    const timestamp = now.toISOString();
    const result = await trx
      .updateTable('self_report_requests')
      .set({
        token_hash: sha256(token),
        link_issued_at: timestamp,
        expires_at: new Date(now.getTime() + row.expires_in_days * DAY_MS).toISOString(),
        emailed: body.email ? 1 : 0,
        version: body.version + 1,
        updated_at: timestamp,
        updated_by: user.id,
      })
      .where('id', '=', requestId)
      .where('client_id', '=', clientId)
      .where('version', '=', body.version)
      .where('answered_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => loadRequest(trx, clientId, requestId, now));
    await audit({ action: 'issue-link', recordType: 'self-report-request', recordId: requestId, outcome: 'success' }, trx);
    const link = linkFor(config, token);
    if (body.email) {
      // Inside the transaction: a failed email leaves the old state (and the old link) as they were.
      await emailLink(config, row.email_to!, link);
      await audit({ action: 'email-link', recordType: 'self-report-request', recordId: requestId, outcome: 'success' }, trx);
    }
    return { request: (await loadRequest(trx, clientId, requestId, now))!, link };
  });
}

/** A new feedback link goes only to a member whose consent is still granted and current, as the first did. */
async function assertFeedbackConsent(trx: Kysely<Database>, row: SelfReportRequestRow, now: Date): Promise<void> {
  const member = (await membersOfClient(trx, row.client_id)).find((candidate) => candidate.id === row.member_id);
  const facts = member && factsOf(member);
  if (!facts || !allowsSharing(consentStateOn(facts.consent, todayIsoDate(now)))) {
    throw new HttpProblem(422, 'Consent needed', 'A feedback link can be sent only to an attendee with granted, current consent. No link was created.', [
      { field: 'memberId', message: `${facts?.name ?? 'This member'} has no granted, current consent` },
    ]);
  }
}

import type { FamilySession, FollowUp, SessionAttendee } from '@domain/sessions/family-session';
import {
  ATTENDANCE,
  MODALITIES,
  SESSION_STATUSES,
  SESSION_TYPES,
} from '@domain/sessions/session-codes';
import type { SessionPrintout } from '@domain/sessions/session-views';
import { APP_NAME } from '../../core/layout/page-title-strategy';

/**
 * The API has no clinic name yet, so the printout is headed with the app's name.
 * TODO(clinic settings): use the clinic's own name once the server provides one.
 */
export const CLINIC_NAME = APP_NAME;

/** What paper shows for an empty field: a blank would read as "left out" or "torn off". */
export const NOT_RECORDED = 'Not recorded';

export const COPY_LABELS = {
  clinician: 'Clinician copy — contains clinical observations',
  family: 'Family copy',
} as const satisfies Record<SessionPrintout['copy'], string>;

/** Text sections shorter than this stay on one page; longer ones may continue on the next. */
const KEEP_TOGETHER_CHARACTERS = 700;

export interface SummarySection {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  /** Split at blank lines, so paper keeps a few lines of each paragraph together. */
  readonly paragraphs: readonly string[];
  readonly recorded: boolean;
  readonly keepTogether: boolean;
}

export interface SummaryAttendee {
  readonly name: string;
  readonly takingPartAs: string;
  readonly attendance: string;
}

export interface SummaryFollowUp {
  readonly what: string;
  readonly owner: string;
  /** `YYYY-MM-DD`. */
  readonly dueOn: string;
  readonly status: string;
}

/** Everything the paper shows, worded; dates stay ISO for the template to format locally. */
export interface SessionSummaryView {
  readonly clinicName: string;
  readonly copy: SessionPrintout['copy'];
  readonly copyLabel: string;
  readonly clientName: string;
  readonly caseNumber: string;
  readonly clinicianName: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly duration: string;
  readonly type: string;
  readonly modality: string;
  readonly location: string;
  readonly status: string;
  readonly attendees: readonly SummaryAttendee[];
  readonly sections: readonly SummarySection[];
  readonly followUps: readonly SummaryFollowUp[];
  readonly printedAt: string;
}

export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ];
  return parts.filter((part) => part !== '').join(' ');
}

function section(id: string, heading: string, value: string | undefined): SummarySection {
  const text = (value ?? '').trim();
  const shown = text === '' ? NOT_RECORDED : text;
  return {
    id,
    heading,
    text: shown,
    paragraphs: shown.split(/\n\s*\n/).map((paragraph) => paragraph.trim()),
    recorded: text !== '',
    keepTogether: text.length < KEEP_TOGETHER_CHARACTERS,
  };
}

/**
 * The record's sections in the order of the session. The clinical-only ones appear on the
 * clinician copy alone; the server leaves them out of a family copy, and so does this.
 */
export function sectionsOf(printout: SessionPrintout): SummarySection[] {
  const session = printout.session;
  const clinical = printout.copy === 'clinician' ? (session as FamilySession) : null;
  return [
    section('goals', 'Goals', session.goals),
    section('summary', 'Summary', session.summary),
    section('interventions', 'Interventions used', session.interventions),
    ...(clinical
      ? [section('dynamics', 'Observations about family dynamics', clinical.dynamicsObservations)]
      : []),
    section('outcomes', 'Outcomes', session.outcomes),
    ...(clinical ? [section('risk', 'Risk concerns', clinical.riskConcerns)] : []),
  ];
}

/** Who owns a follow-up, named where the record allows. */
export function followUpOwner(followUp: FollowUp, printout: SessionPrintout): string {
  switch (followUp.ownerKind) {
    case 'client':
      return `${printout.client.preferredName} (client)`;
    case 'clinician':
      return `${printout.clinicianName} (clinician)`;
    case 'member': {
      const member = printout.session.attendees.find(
        (attendee) => attendee.id === followUp.ownerMemberId,
      );
      return member ? `${member.name} (network member)` : 'Network member';
    }
  }
}

function attendeeOf(attendee: SessionAttendee): SummaryAttendee {
  return {
    name: attendee.name,
    takingPartAs: attendee.kind === 'clinician' ? 'Co-facilitating clinician' : 'Network member',
    attendance: ATTENDANCE[attendee.attendance],
  };
}

export function summaryViewOf(printout: SessionPrintout): SessionSummaryView {
  const session = printout.session;
  const location = session.location.trim();
  return {
    clinicName: CLINIC_NAME,
    copy: printout.copy,
    copyLabel: COPY_LABELS[printout.copy],
    clientName: printout.client.preferredName,
    caseNumber: printout.client.caseNumber,
    clinicianName: printout.clinicianName,
    startsAt: session.startsAt,
    endsAt: new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000).toISOString(),
    duration: durationText(session.durationMinutes),
    type: SESSION_TYPES[session.type],
    modality: MODALITIES[session.modality],
    location: location === '' ? NOT_RECORDED : location,
    status: SESSION_STATUSES[session.status] + (session.amended ? ' (amended)' : ''),
    attendees: session.attendees.map(attendeeOf),
    sections: sectionsOf(printout),
    followUps: session.followUps.map((followUp) => ({
      what: followUp.what,
      owner: followUpOwner(followUp, printout),
      dueOn: followUp.dueOn,
      status: followUp.done ? 'Done' : 'Open',
    })),
    printedAt: printout.printedAt,
  };
}

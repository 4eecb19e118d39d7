import { MODALITIES, SESSION_TYPES } from './session-codes';
import type { FamilySession } from './family-session';

/** RFC 5545 text: escape backslash, semicolon, comma and newlines. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** 20261125T140000Z */
function icsInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A calendar event for a planned session that a clinician can put in their calendar. It names the
 * client by preferred name only and carries no clinical content (no goals, no attendees' notes).
 */
export function sessionToIcs(session: FamilySession, clientPreferredName: string, stampedAt: Date): string {
  const end = new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000).toISOString();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CareCircle//Family sessions//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${session.id}@carecircle`,
    `DTSTAMP:${icsInstant(stampedAt.toISOString())}`,
    `DTSTART:${icsInstant(session.startsAt)}`,
    `DTEND:${icsInstant(end)}`,
    `SUMMARY:${icsText(`${SESSION_TYPES[session.type]} - ${clientPreferredName}`)}`,
    `LOCATION:${icsText(session.location || MODALITIES[session.modality])}`,
    'CLASS:CONFIDENTIAL',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

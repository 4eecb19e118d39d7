import type { AuditEventView } from '@domain/audit/audit-event';

/**
 * The words for the codes the server writes into audit events (see server/**: `request.audit`).
 * A code missing here is still shown and filterable by its code; add its label when a new one appears.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'sign-in': 'Sign-in',
  'sign-in-failed': 'Failed sign-in',
  'sign-in-throttled': 'Sign-in blocked (too many attempts)',
  'sign-out': 'Sign-out',
  'session-expired': 'Session expired',
  'password-change': 'Password change',
  'password-reset': 'Password reset',
  'account-created': 'Account created (command line)',
  read: 'Read',
  create: 'Create',
  update: 'Update',
  amend: 'Amend',
  'status-change': 'Status change',
  reassign: 'Reassign',
  write: 'Write',
  denied: 'Denied',
  'csrf-rejected': 'Request rejected (XSRF check)',
  'sign-in-password-accepted': 'Password accepted (second step owed)',
  'two-factor-sign-in': 'Two-factor code at sign-in',
  'recovery-code-sign-in': 'Recovery code at sign-in',
  'two-factor-throttled': 'Two-factor code blocked (too many attempts)',
  'two-factor-enrolment-started': 'Two-factor set-up started',
  'two-factor-enrolment': 'Two-factor set-up',
  'recovery-codes-regenerated': 'Recovery codes regenerated',
  'two-factor-reset': 'Two-factor reset',
  'two-factor-policy-update': 'Two-factor policy change',
  withdraw: 'Withdraw',
  resend: 'Send again',
  'issue-link': 'Link created',
  'email-link': 'Link emailed',
  'self-report-submitted': 'Self-report answered',
};

export const AUDIT_RECORD_TYPES: Readonly<Record<string, string>> = {
  user: 'Account',
  'user-list': 'Account list',
  client: 'Client',
  'client-list': 'Client list',
  'client-history': 'Client history',
  network: 'Support network',
  'network-member': 'Network member',
  'support-note': 'Support note',
  'support-notes': 'Support notes',
  'support-note-history': 'Support note history',
  'audit-trail': 'Audit trail',
  route: 'Page or route',
  'two-factor-policy': 'Two-factor policy',
  'self-report-request': 'Self-report request',
  'self-report-requests': 'Self-report requests',
  'self-report-form': 'Self-report form',
  'session-feedback-request': 'Session feedback request',
  'session-feedback': 'Session feedback',
  'session-feedback-trend': 'Session feedback trend',
  'community-programme': 'Community programme',
  referral: 'Referral',
  'client-referrals': 'Client referrals',
};

export const AUDIT_OUTCOMES: Readonly<Record<AuditEventView['outcome'], string>> = {
  success: 'Success',
  failure: 'Failure',
  denied: 'Denied',
};

export interface VocabularyOption {
  readonly code: string;
  readonly label: string;
}

/** A vocabulary as select options, alphabetical by label. */
export function optionsOf(vocabulary: Readonly<Record<string, string>>): readonly VocabularyOption[] {
  return Object.entries(vocabulary)
    .map(([code, label]) => ({ code, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The label of a code, or the code itself when it has none yet. */
export function labelOf(vocabulary: Readonly<Record<string, string>>, code: string): string {
  return vocabulary[code] ?? code;
}

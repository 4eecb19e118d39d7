import type { SessionInfo } from '@domain/accounts/session-info';
import type { AppConfig } from '../config';
import type { PendingStep, UserRow } from '../db/database';
import { toSessionUser } from '../accounts/accounts.repository';

export function sessionInfoOf(
  user: UserRow,
  absoluteExpiresAt: string,
  config: AppConfig,
  pendingStep: PendingStep | null = null,
): SessionInfo {
  return {
    user: toSessionUser(user),
    session: {
      idleTimeoutSeconds: config.session.idleTimeoutSeconds,
      idleWarningSeconds: config.session.idleWarningSeconds,
      absoluteExpiresAt,
      pendingStep,
    },
    clinic: { selfReportEmail: config.smtpUrl !== null },
  };
}

import type { InstrumentCode } from '@domain/measures/instrument';

/**
 * What the printable handout receives through router (history) state: the link holds the token, so
 * it never goes into the handout's URL, where history, logs and referrers would keep it.
 */
export interface HandoutState {
  readonly link: string;
  readonly instruments: readonly InstrumentCode[];
  /** ISO instant. */
  readonly expiresAt: string;
}

export const handoutPath = (clientId: string, requestId: string): string[] => ['/clients', clientId, 'self-report-handout', requestId];

/** The handout's state, if the page was reached from the link dialog (not typed in, not bookmarked). */
export function handoutStateOf(value: unknown): HandoutState | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const { link, instruments, expiresAt } = value as Partial<HandoutState>;
  return typeof link === 'string' && Array.isArray(instruments) && typeof expiresAt === 'string' ? { link, instruments, expiresAt } : null;
}

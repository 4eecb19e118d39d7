import { HttpErrorResponse } from '@angular/common/http';
import { problemOf } from '../core/errors/problem-of';
import { saveFailureOf } from '../shared/versioned-edits/save-failure';
import type { SessionWarning } from './session-edit';

/**
 * The warnings of a 409 "Acknowledgement required": each names the field it is about, an invitee
 * by position (`memberIds.1`), the start (`startsAt`, overlapping sessions) or the client's own
 * decline of family involvement (`clientDeclinedAcknowledged`). Null for any other error.
 */
export function warningsOf(error: unknown, memberIds: readonly string[]): SessionWarning[] | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409 || saveFailureOf(error).current) {
    return null;
  }
  const errors = problemOf(error).errors ?? [];
  if (errors.length === 0) {
    return null;
  }
  return errors.map(({ field, message }): SessionWarning => {
    const [name, index] = field.split('.');
    if (name === 'clientDeclinedAcknowledged') {
      return { kind: 'client-declined', memberId: null, message };
    }
    return name === 'memberIds'
      ? { kind: 'consent', memberId: memberIds[Number(index)] ?? null, message }
      : { kind: 'overlap', memberId: null, message };
  });
}

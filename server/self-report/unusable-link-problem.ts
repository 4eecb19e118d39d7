import { UNUSABLE_LINK_MESSAGE, UNUSABLE_LINK_STATUS } from '@domain/self-report/unusable-link';
import { HttpProblem } from '../http/http-problem';

/**
 * The single answer for unknown, used, expired and withdrawn links: same status, same body, so
 * probing cannot tell them apart.
 */
export const unusableLink = (): HttpProblem =>
  new HttpProblem(UNUSABLE_LINK_STATUS, 'Link no longer usable', UNUSABLE_LINK_MESSAGE, undefined, {}, { message: UNUSABLE_LINK_MESSAGE });

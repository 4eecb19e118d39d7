/**
 * The one answer for a link that is unknown, used, expired or withdrawn: the same words and status
 * for all four, so nobody can learn from probing which tokens once existed.
 */
export const UNUSABLE_LINK_MESSAGE = 'This link can no longer be used — please ask your clinician for a new one';
export const UNUSABLE_LINK_STATUS = 410;

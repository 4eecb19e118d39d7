import type { NetworkMember } from '@domain/network/network-member';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { MemberEdit } from './member-edit';

export const MemberDialogActions = createActionGroup({
  source: 'Member Dialog',
  events: {
    Opened: emptyProps(),
    /** A new member (version null), a change, or an ending; after a conflict, re-applied on the current version. */
    Submitted: props<{ clientId: string; edit: MemberEdit; version: number | null }>(),
    /** The user dropped their change in favour of the member as it is now. */
    'Conflict Discarded': props<{ current: NetworkMember }>(),
  },
});

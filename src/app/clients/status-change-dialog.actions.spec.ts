import { StatusChangeDialogActions } from './status-change-dialog.actions';

describe('StatusChangeDialogActions', () => {
  it('name what happened in the status change dialog', () => {
    expect(StatusChangeDialogActions.opened().type).toBe('[Status Change Dialog] Opened');
  });
});

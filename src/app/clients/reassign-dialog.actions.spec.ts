import { ReassignDialogActions } from './reassign-dialog.actions';

describe('ReassignDialogActions', () => {
  it('name what happened in the reassign dialog', () => {
    expect(ReassignDialogActions.opened().type).toBe('[Reassign Dialog] Opened');
  });
});

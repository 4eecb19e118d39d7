import { ConflictDialogActions } from './conflict-dialog.actions';
import { clientWith } from './testing/clients-fixtures';

describe('ConflictDialogActions', () => {
  it('carry the current version the user chose to keep', () => {
    const current = clientWith({ version: 7 });

    expect(ConflictDialogActions.discardClicked({ current })).toEqual({ type: '[Conflict Dialog] Discard Clicked', current });
  });
});

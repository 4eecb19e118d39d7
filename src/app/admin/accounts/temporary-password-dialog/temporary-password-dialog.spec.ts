import { Clipboard } from '@angular/cdk/clipboard';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { openTemporaryPasswordDialog, type TemporaryPasswordData } from './temporary-password-dialog';

@Component({ selector: 'app-temporary-password-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {
  readonly dialog = inject(MatDialog);
}

describe('TemporaryPasswordDialog', () => {
  let clipboard: jasmine.SpyObj<Clipboard>;
  let loader: HarnessLoader;

  async function open(data: TemporaryPasswordData): Promise<MatDialogHarness> {
    clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    TestBed.configureTestingModule({
      providers: [
        { provide: Clipboard, useValue: clipboard },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(DialogHost);
    openTemporaryPasswordDialog(fixture.componentInstance.dialog, data);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatDialogHarness);
  }

  const created: TemporaryPasswordData = {
    name: 'Tess Therapist',
    email: 'tess@clinic.example',
    temporaryPassword: 'Xq3-temporary-9Lp',
    reason: 'created',
  };

  it('shows the temporary password, the sign-in email and that it must be changed at first sign-in', async () => {
    const dialog = await open(created);

    expect(await dialog.getTitleText()).toBe('Account created');
    const password = await dialog.getHarness(MatInputHarness);
    expect(await password.getValue()).toBe('Xq3-temporary-9Lp');
    expect(await password.isReadonly()).toBeTrue();
    const text = await dialog.getContentText();
    expect(text).toContain('tess@clinic.example');
    expect(text).toContain('Tess Therapist must change it at first sign-in.');
    expect(text).toContain('This is the only time CareCircle shows this password');
  });

  it('copies the password and says so', async () => {
    const dialog = await open(created);
    clipboard.copy.and.returnValue(true);

    await (await dialog.getHarness(MatButtonHarness.with({ text: /Copy/ }))).click();

    expect(clipboard.copy).toHaveBeenCalledOnceWith('Xq3-temporary-9Lp');
    expect(await dialog.getContentText()).toContain('Copied to the clipboard.');
  });

  it('asks the user to copy by hand when the browser refuses', async () => {
    const dialog = await open(created);
    clipboard.copy.and.returnValue(false);

    await (await dialog.getHarness(MatButtonHarness.with({ text: /Copy/ }))).click();

    expect(await dialog.getContentText()).toContain('Could not copy. Select the password and copy it yourself.');
  });

  it('explains a reset, and closes only with "Done"', async () => {
    const dialog = await open({ ...created, reason: 'reset' });

    expect(await dialog.getTitleText()).toBe('Password reset');
    expect(await dialog.getContentText()).toContain('old password no longer works');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Done' }))).click();

    expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });
});

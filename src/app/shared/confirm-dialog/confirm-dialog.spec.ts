import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { waitFor } from '../../../testing/wait-for';
import { confirmAction } from './confirm-dialog';

@Component({ selector: 'app-confirm-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ConfirmHost {
  readonly dialog = inject(MatDialog);
}

describe('ConfirmDialog', () => {
  async function open(): Promise<{ answers: boolean[]; dialog: MatDialogHarness }> {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(ConfirmHost);
    const answers: boolean[] = [];
    confirmAction(fixture.componentInstance.dialog, {
      title: 'Deactivate Ada Admin?',
      message: 'Ada will be signed out and can no longer sign in.',
      confirmLabel: 'Deactivate',
    }).subscribe((answer) => answers.push(answer));
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    return { answers, dialog };
  }

  it('shows the question as an alert dialog and answers true when confirmed', async () => {
    const { answers, dialog } = await open();

    expect(await dialog.getTitleText()).toBe('Deactivate Ada Admin?');
    expect(await dialog.getContentText()).toBe('Ada will be signed out and can no longer sign in.');
    expect(await dialog.getRole()).toBe('alertdialog');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate' }))).click();
    await waitFor(() => answers.length > 0, 'the dialog to close');

    expect(answers).toEqual([true]);
  });

  it('answers false when cancelled', async () => {
    const { answers, dialog } = await open();

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    await waitFor(() => answers.length > 0, 'the dialog to close');

    expect(answers).toEqual([false]);
  });
});

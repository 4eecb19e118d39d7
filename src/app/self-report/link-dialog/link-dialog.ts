import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal, type Injector } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { Router } from '@angular/router';
import { Icon } from '../../shared/icon/icon';
import { QrCode } from '../../shared/qr-code/qr-code';
import type { IssuedRequest } from '../self-report-api';
import { dateOf, instrumentNames } from '../self-report-words';
import { handoutPath, type HandoutState } from '../handout-page/handout-state';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface LinkDialogData {
  readonly clientId: string;
  readonly issued: IssuedRequest;
}

/**
 * The link of a request just issued, shown once: to copy, to show as a QR code on screen, or to print
 * on a handout. The handout gets the link through router state, never in its URL.
 */
@Component({
  selector: 'app-link-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, Icon, QrCode],
  templateUrl: './link-dialog.html',
  styleUrl: './link-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkDialog {
  private readonly clipboard = inject(Clipboard);
  private readonly router = inject(Router);
  private readonly dialogRef = inject<MatDialogRef<LinkDialog>>(MatDialogRef);
  protected readonly data = inject<LinkDialogData>(MAT_DIALOG_DATA);

  protected readonly instruments = instrumentNames(this.data.issued.request.instruments);
  protected readonly expires = dateOf(this.data.issued.request.expiresAt);
  /** Said in the live region after a copy. */
  protected readonly copyStatus = signal('');

  protected copy(): void {
    this.copyStatus.set(
      this.clipboard.copy(this.data.issued.link)
        ? 'Link copied.'
        : 'The link could not be copied. Select it above and copy it by hand.',
    );
  }

  protected printHandout(): void {
    const { clientId, issued } = this.data;
    const state: HandoutState = {
      link: issued.link,
      instruments: [...issued.request.instruments],
      expiresAt: issued.request.expiresAt,
    };
    this.dialogRef.close();
    void this.router.navigate(handoutPath(clientId, issued.request.id), { state });
  }
}

export function openLinkDialog(injector: Injector, data: LinkDialogData): MatDialogRef<LinkDialog> {
  return injector.get(MatDialog).open<LinkDialog, LinkDialogData>(LinkDialog, {
    width: '34rem',
    maxWidth: 'calc(100vw - 16px)',
    ...dialogFocus('first-tabbable'),
    ariaLabelledBy: 'link-dialog-title',
    data,
  });
}

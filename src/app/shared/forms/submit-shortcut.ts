import { Directive, ElementRef, inject } from '@angular/core';

/**
 * Ctrl+Enter (⌘+Enter on a Mac) submits the form from any of its fields, as in mail and chat apps:
 * in a long dialog, Save is one key away instead of a Tab through every field below. The form's
 * own submit handling (validation, saving state) runs as for a click on Save. State the shortcut
 * where users see it, e.g. beside the dialog's Save button (`SUBMIT_SHORTCUT_LABEL`).
 */
@Directive({
  selector: 'form[appSubmitShortcut]',
  host: { '(keydown)': 'submitOnShortcut($event)' },
})
export class SubmitShortcut {
  private readonly form = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;

  protected submitOnShortcut(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return;
    event.preventDefault();
    this.form.requestSubmit();
  }
}

/** How the shortcut is written on screen, and for `aria-keyshortcuts` on the submit button. */
export const SUBMIT_SHORTCUT_LABEL = 'Ctrl+Enter';
export const SUBMIT_SHORTCUT_ARIA = 'Control+Enter Meta+Enter';

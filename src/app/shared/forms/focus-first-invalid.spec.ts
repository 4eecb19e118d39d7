import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { injectFocusFirstInvalid } from './focus-first-invalid';

@Component({
  selector: 'app-focus-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <input id="valid" />
    <input id="first-invalid" [attr.aria-invalid]="showErrors() ? 'true' : null" />
    <input id="second-invalid" [attr.aria-invalid]="showErrors() ? 'true' : null" />
    <span class="custom-error" tabindex="-1">Choose one</span>
  `,
})
class FocusHost {
  readonly showErrors = signal(false);
  readonly focusFirstInvalid = injectFocusFirstInvalid();
  readonly focusCustom = injectFocusFirstInvalid('.custom-error');
}

describe('injectFocusFirstInvalid', () => {
  it('focuses the first field marked invalid once the errors are rendered', async () => {
    const fixture = TestBed.createComponent(FocusHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();

    // Errors appear in the same turn as the call: the focus must wait for that render.
    fixture.componentInstance.showErrors.set(true);
    fixture.componentInstance.focusFirstInvalid();
    await fixture.whenStable();

    expect(document.activeElement?.id).toBe('first-invalid');
    fixture.nativeElement.remove();
  });

  it('takes its own selector for errors that are not form fields', async () => {
    const fixture = TestBed.createComponent(FocusHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();

    fixture.componentInstance.focusCustom();
    await fixture.whenStable();

    expect(document.activeElement?.classList.contains('custom-error')).toBeTrue();
    fixture.nativeElement.remove();
  });

  it('leaves focus alone when nothing is invalid', async () => {
    const fixture = TestBed.createComponent(FocusHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const valid = fixture.nativeElement.querySelector('#valid') as HTMLInputElement;
    valid.focus();

    fixture.componentInstance.focusFirstInvalid();
    await fixture.whenStable();

    expect(document.activeElement).toBe(valid);
    fixture.nativeElement.remove();
  });
});

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SubmitShortcut } from './submit-shortcut';

@Component({
  imports: [SubmitShortcut],
  template: `
    <form appSubmitShortcut (submit)="$event.preventDefault(); submits = submits + 1">
      <input aria-label="Name" />
      <textarea aria-label="Note"></textarea>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  submits = 0;
}

describe('SubmitShortcut', () => {
  function press(target: Element, init: KeyboardEventInit): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  }

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      textarea: host.querySelector('textarea')!,
      input: host.querySelector('input')!,
    };
  }

  it('submits the form on Ctrl+Enter or ⌘+Enter from any field, and keeps the key from the field', async () => {
    const { fixture, textarea, input } = await render();

    const fromTextarea = press(textarea, { key: 'Enter', ctrlKey: true });
    press(input, { key: 'Enter', metaKey: true });

    expect(fixture.componentInstance.submits).toBe(2);
    expect(fromTextarea.defaultPrevented).toBeTrue();
  });

  it('leaves a plain Enter, other Ctrl keys and a held-down key alone', async () => {
    const { fixture, textarea } = await render();

    const plain = press(textarea, { key: 'Enter' });
    press(textarea, { key: 's', ctrlKey: true });
    press(textarea, { key: 'Enter', ctrlKey: true, repeat: true });

    expect(fixture.componentInstance.submits).toBe(0);
    expect(plain.defaultPrevented).toBeFalse();
  });
});

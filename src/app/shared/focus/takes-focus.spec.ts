import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TakesFocus } from './takes-focus';

@Component({
  imports: [TakesFocus],
  template: `
    <button type="button">Save</button>
    @if (problem(); as problem) {
      <div class="notice" role="alert" appTakesFocus>{{ problem }}</div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FormWithNotice {
  readonly problem = signal<string | null>(null);
}

@Component({
  imports: [TakesFocus],
  template: `
    <button type="button">Save</button>
    @if (problem(); as problem) {
      <div class="notice" role="alert" [appTakesFocus]="problem">{{ problem.detail }}</div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FormWithStayingNotice {
  readonly problem = signal<{ detail: string } | null>(null);
}

describe('TakesFocus', () => {
  async function render() {
    const fixture = TestBed.createComponent(FormWithNotice);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    host.querySelector('button')!.focus();
    return { fixture, host };
  }

  it('focuses the notice when it appears, without putting it in the tab order', async () => {
    const { fixture, host } = await render();

    fixture.componentInstance.problem.set('Email or password is incorrect.');
    await fixture.whenStable();

    const notice = host.querySelector<HTMLElement>('.notice')!;
    expect(document.activeElement).toBe(notice);
    expect(notice.tabIndex).toBe(-1);
  });

  it('focuses each new notice after the last one was cleared', async () => {
    const { fixture, host } = await render();
    fixture.componentInstance.problem.set('First problem.');
    await fixture.whenStable();
    fixture.componentInstance.problem.set(null);
    await fixture.whenStable();
    host.querySelector('button')!.focus();

    fixture.componentInstance.problem.set('Second problem.');
    await fixture.whenStable();

    expect(document.activeElement?.textContent?.trim()).toBe('Second problem.');
  });

  it('focuses a notice that stays again when the problem bound to it changes', async () => {
    const fixture = TestBed.createComponent(FormWithStayingNotice);
    fixture.componentInstance.problem.set({ detail: 'Name is required.' });
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const notice = host.querySelector<HTMLElement>('.notice')!;
    host.querySelector('button')!.focus();

    fixture.componentInstance.problem.set({ detail: 'Name is required.' });
    await fixture.whenStable();

    expect(host.querySelector('.notice')).toBe(notice);
    expect(document.activeElement).toBe(notice);
  });

  it('leaves focus where it is while there is no notice', async () => {
    const { host } = await render();

    expect(document.activeElement).toBe(host.querySelector('button'));
  });
});

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConflictNotice } from './conflict-notice';

@Component({
  selector: 'app-conflict-notice-host',
  imports: [ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-conflict-notice
      heading="Someone else amended this note after you opened it"
      editNoun="amendment"
      (reapply)="reapplied = reapplied + 1"
      (discard)="discarded = discarded + 1"
    >
      <p class="current">The note now reads: hello</p>
    </app-conflict-notice>
    <app-conflict-notice heading="Someone else changed this session after you opened it" />
  `,
})
class Host {
  reapplied = 0;
  discarded = 0;
}

describe('ConflictNotice', () => {
  it('is an alert named by its heading, with the record as it is now and both choices', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const [notice, other] = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('section[role="alert"]'),
    );

    const heading = notice.querySelector('h3')!;
    expect(notice.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent?.trim()).toBe('Someone else amended this note after you opened it');
    expect(notice.querySelector('.current')?.textContent).toBe('The note now reads: hello');
    expect(
      Array.from(notice.querySelectorAll('button')).map((button) => button.textContent?.trim()),
    ).toEqual(['Re-apply my amendment', 'Discard my amendment']);
    // Two notices on one page never share a heading id.
    expect(other.getAttribute('aria-labelledby')).not.toBe(heading.id);
    expect(
      Array.from(other.querySelectorAll('button')).map((button) => button.textContent?.trim()),
    ).toEqual(['Re-apply my changes', 'Discard my changes']);
  });

  it('reports which choice was made', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const buttons = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
      'app-conflict-notice:first-child button',
    );

    buttons[0].click();
    buttons[1].click();
    buttons[1].click();

    expect(fixture.componentInstance.reapplied).toBe(1);
    expect(fixture.componentInstance.discarded).toBe(2);
  });

  it('comes into view and takes focus when it appears, so a save pressed far below it is answered', async () => {
    const scrolled = spyOn(HTMLElement.prototype, 'scrollIntoView').and.callThrough();
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
    const notices = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('section[role="alert"]'));

    expect(scrolled).toHaveBeenCalled();
    expect(scrolled.calls.all().map((call) => call.object)).toContain(notices[0]);
    // Both appeared at once; the last one rendered holds focus, and either way focus is on a notice.
    expect(notices).toContain(document.activeElement as HTMLElement);
    (fixture.nativeElement as HTMLElement).remove();
  });
});

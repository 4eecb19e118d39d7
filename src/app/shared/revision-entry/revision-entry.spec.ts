import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RevisionEntry, type RevisionFacts } from './revision-entry';

@Component({
  selector: 'app-revision-entry-host',
  imports: [RevisionEntry],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol>
      <li appRevisionEntry heading="Amendment 1" [headingNote]="note()" [revision]="revision()">
        <p class="body">The note then read: hello</p>
      </li>
    </ol>
  `,
})
class Host {
  readonly note = signal<string | null>(null);
  readonly revision = signal<RevisionFacts>({
    recordedAt: '2026-11-02T14:30:00.000Z',
    recordedByName: 'Ximena Kowalski',
    reason: 'Added the day',
  });
}

describe('RevisionEntry', () => {
  it('is a list item saying which version, when, by whom and why, then the version itself', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const item = (fixture.nativeElement as HTMLElement).querySelector('ol > li')!;

    expect(item.querySelector('h3')?.textContent?.trim()).toBe('Amendment 1');
    expect(item.textContent).toContain('by Ximena Kowalski');
    expect(item.textContent).toContain('2026');
    expect(item.textContent).toContain('Reason: Added the day');
    expect(item.querySelector('.body')?.textContent).toBe('The note then read: hello');
  });

  it('shows a heading note when given, and no reason line without a reason', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.note.set('completed');
    fixture.componentInstance.revision.set({
      recordedAt: '2026-11-02T14:30:00.000Z',
      recordedByName: 'Ximena Kowalski',
      reason: null,
    });
    await fixture.whenStable();
    const item = (fixture.nativeElement as HTMLElement).querySelector('li')!;

    expect(item.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Amendment 1 (completed)',
    );
    expect(item.textContent).not.toContain('Reason:');
  });
});

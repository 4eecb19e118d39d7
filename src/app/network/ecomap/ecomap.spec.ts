import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { NetworkMember } from '@domain/network/network-member';
import { memberNumber } from '../testing/network-fixtures';
import { Ecomap } from './ecomap';
import { MIXED_DASH, WEAK_DASH } from './tie-line-style';

describe('Ecomap', () => {
  let fixture: ComponentFixture<Ecomap>;
  let host: HTMLElement;

  async function draw(members: readonly NetworkMember[]): Promise<void> {
    fixture = TestBed.createComponent(Ecomap);
    fixture.componentRef.setInput('members', members);
    fixture.componentRef.setInput('clientName', 'Robin');
    fixture.componentRef.setInput('label', 'Ecomap: support network of Robin, today');
    fixture.componentRef.setInput('onDate', '2026-11-25');
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => host?.remove());

  const memberButtons = () => Array.from(host.querySelectorAll<SVGGElement>('g.member'));
  const tieOf = (member: NetworkMember) =>
    host.querySelector<SVGPathElement>(`path.tie[data-member-id="${member.id}"]`)!;
  const key = (element: Element, name: string) => {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event;
  };

  it('draws the client in the centre and each member as a labelled button', async () => {
    await draw([
      memberNumber(1, { name: 'Maria Lopez' }),
      memberNumber(2, { name: 'Amir Haddad', relationship: 'friend', category: 'friends' }),
    ]);

    expect(host.querySelector('svg.ecomap')?.getAttribute('aria-label')).toBe(
      'Ecomap: support network of Robin, today',
    );
    expect(host.querySelector('.client-name')?.textContent?.trim()).toBe('Robin');
    expect(
      memberButtons().map((button) => [
        button.getAttribute('role'),
        button.getAttribute('tabindex'),
      ]),
    ).toEqual([
      ['button', '0'],
      ['button', '0'],
    ]);
    // Family comes before friends, whatever the names.
    expect(
      memberButtons().map((button) => button.querySelector('.label-text')?.textContent?.trim()),
    ).toEqual(['Maria Lopez', 'Amir Haddad']);
    expect(memberButtons()[0].getAttribute('aria-label')).toBe(
      'Maria Lopez, Parent (Family). Strong, supportive tie. Support flows both ways. ' +
        'Gives emotional and instrumental support. Contact weekly. Consent to share: current.',
    );
  });

  it('draws each tie by its strength and quality', async () => {
    const strong = memberNumber(1, {
      name: 'A strong',
      tieStrength: 'strong',
      tieQuality: 'supportive',
    });
    const moderate = memberNumber(2, {
      name: 'B moderate',
      tieStrength: 'moderate',
      tieQuality: 'supportive',
    });
    const weak = memberNumber(3, { name: 'C weak', tieStrength: 'weak', tieQuality: 'supportive' });
    const mixed = memberNumber(4, {
      name: 'D mixed',
      tieStrength: 'moderate',
      tieQuality: 'mixed',
    });
    const strained = memberNumber(5, {
      name: 'E strained',
      tieStrength: 'moderate',
      tieQuality: 'strained',
    });
    const harmful = memberNumber(6, {
      name: 'F harmful',
      tieStrength: 'strong',
      tieQuality: 'harmful',
    });
    await draw([strong, moderate, weak, mixed, strained, harmful]);

    const drawn = (member: NetworkMember) => {
      const tie = tieOf(member);
      return {
        width: tie.getAttribute('stroke-width'),
        dash: tie.getAttribute('stroke-dasharray'),
        shape: tie.getAttribute('data-shape'),
        warning: tie.classList.contains('tone-warning'),
        error: tie.classList.contains('tone-error'),
      };
    };
    expect(drawn(strong)).toEqual({
      width: '4',
      dash: null,
      shape: 'straight',
      warning: false,
      error: false,
    });
    expect(drawn(moderate)).toEqual({
      width: '2.25',
      dash: null,
      shape: 'straight',
      warning: false,
      error: false,
    });
    expect(drawn(weak)).toEqual({
      width: '1.5',
      dash: WEAK_DASH,
      shape: 'straight',
      warning: false,
      error: false,
    });
    expect(drawn(mixed)).toEqual({
      width: '2.25',
      dash: MIXED_DASH,
      shape: 'straight',
      warning: false,
      error: false,
    });
    expect(drawn(strained)).toEqual({
      width: '2.25',
      dash: null,
      shape: 'jagged',
      warning: true,
      error: false,
    });
    // A harmful tie: a wide jagged stroke in the error colour with a gap down its middle (a double line).
    expect(drawn(harmful)).toEqual({
      width: '8',
      dash: null,
      shape: 'jagged',
      warning: false,
      error: true,
    });
    expect(host.querySelectorAll('path.tie-gap').length).toBe(1);
    // Jagged paths zig-zag: many more points than a straight line.
    expect(tieOf(strained).getAttribute('d')!.split('L').length).toBeGreaterThan(5);
    expect(tieOf(strong).getAttribute('d')!.split('L').length).toBe(2);
  });

  it('shows the direction support flows with arrowheads', async () => {
    const toClient = memberNumber(1, { name: 'A', energyFlow: 'to-client' });
    const fromClient = memberNumber(2, { name: 'B', energyFlow: 'from-client' });
    const both = memberNumber(3, { name: 'C', energyFlow: 'both' });
    await draw([toClient, fromClient, both]);

    const arrows = (member: NetworkMember) => [
      !!tieOf(member).getAttribute('marker-start'),
      !!tieOf(member).getAttribute('marker-end'),
    ];
    expect(arrows(toClient)).toEqual([true, false]);
    expect(arrows(fromClient)).toEqual([false, true]);
    expect(arrows(both)).toEqual([true, true]);
    const markerId = tieOf(both).getAttribute('marker-end')!.slice('url(#'.length, -1);
    expect(host.querySelector(`marker[id="${markerId}"]`)).not.toBeNull();
  });

  it('marks each support type a member gives with a dot of its own', async () => {
    await draw([memberNumber(1, { supportTypes: ['emotional', 'companionship'] })]);

    const dots = Array.from(memberButtons()[0].querySelectorAll('.support-dot'));
    expect(
      dots.map((dot) => Array.from(dot.classList).find((name) => name !== 'support-dot')),
    ).toEqual(['support-emotional', 'support-companionship']);
  });

  it('moves focus between members with the arrow keys, Home and End', async () => {
    await draw([
      memberNumber(1, { name: 'A' }),
      memberNumber(2, { name: 'B' }),
      memberNumber(3, { name: 'C' }),
    ]);
    const [first, second, third] = memberButtons();
    first.focus();

    expect(key(first, 'ArrowRight').defaultPrevented).toBeTrue();
    expect(document.activeElement).toBe(second);
    key(second, 'ArrowDown');
    expect(document.activeElement).toBe(third);
    key(third, 'ArrowRight');
    expect(document.activeElement).toBe(first);
    key(first, 'ArrowLeft');
    expect(document.activeElement).toBe(third);
    key(third, 'Home');
    expect(document.activeElement).toBe(first);
    key(first, 'End');
    expect(document.activeElement).toBe(third);
    key(third, 'ArrowUp');
    expect(document.activeElement).toBe(second);
  });

  it('opens a member with Enter, Space or a click', async () => {
    const [a, b] = [memberNumber(1, { name: 'A' }), memberNumber(2, { name: 'B' })];
    await draw([a, b]);
    const opened: string[] = [];
    fixture.componentInstance.memberActivated.subscribe((member) => opened.push(member.name));

    expect(key(memberButtons()[0], 'Enter').defaultPrevented).toBeTrue();
    expect(key(memberButtons()[1], ' ').defaultPrevented).toBeTrue();
    memberButtons()[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    key(memberButtons()[0], 'Tab');

    expect(opened).toEqual(['A', 'B', 'A']);
  });

  it('draws only the client when there is nobody in the network', async () => {
    await draw([]);

    expect(memberButtons()).toEqual([]);
    expect(host.querySelector('.client-circle')).not.toBeNull();
  });
});

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import {
  ECOMAP_TEXT,
  layoutEcomap,
  wrapLabel,
  type EcomapCanvas,
  type EcomapLabel,
  type EcomapSector,
  type Point,
} from '@domain/network/ecomap-layout';
import { SUPPORT_TYPE_CODES, type SupportType } from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import type { TieDifferenceKind } from '@domain/network/network-comparison';
import { describeMember } from '../member-description';
import { tieLineStyle, type TieLineStyle } from './tie-line-style';
import { jaggedPath, straightPath } from './tie-path';
import { PanZoomFrame } from '../../shared/pan-zoom/pan-zoom-frame';

export const DEFAULT_ECOMAP_CANVAS: EcomapCanvas = { width: 760, height: 540 };

/** Where each support type's dot sits inside a member's circle (unit offsets): its quadrant. */
export const SUPPORT_DOT_OFFSETS: Record<SupportType, Point> = {
  emotional: { x: -1, y: -1 },
  informational: { x: 1, y: -1 },
  instrumental: { x: 1, y: 1 },
  companionship: { x: -1, y: 1 },
};

export const TONES = ['neutral', 'warning', 'error'] as const;

/** A tie marked in a comparison: a badge by its circle (shape and glyph), and words for its name. */
export interface EcomapMark {
  readonly kind: TieDifferenceKind;
  /** Appended to the member's accessible name, e.g. "Added since Mar 1, 2026". */
  readonly words: string;
}

/** The glyph in each kind of badge; the badge's outline (circle, square, diamond) differs too. */
export const MARK_GLYPHS: Readonly<Record<TieDifferenceKind, string>> = { added: '+', ended: '×', changed: '!' };

interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

let nextInstance = 0;

/** The baselines of a label's lines, centred in its box. */
function linesOf(label: EcomapLabel): TextLine[] {
  const x = label.x + label.width / 2;
  return label.lines.map((text, index) => ({
    text,
    x,
    y: label.y + ECOMAP_TEXT.paddingY + (index + 1) * ECOMAP_TEXT.lineHeight - 3.5,
  }));
}

function wedgePath(sector: EcomapSector, centre: Point): string {
  const { radius, startAngle, endAngle } = sector;
  const at = (angle: number) =>
    `${centre.x + radius * Math.cos(angle)} ${centre.y + radius * Math.sin(angle)}`;
  if (endAngle - startAngle >= 2 * Math.PI - 1e-6) {
    return `M ${at(startAngle)} A ${radius} ${radius} 0 1 1 ${at(startAngle + Math.PI)} A ${radius} ${radius} 0 1 1 ${at(startAngle)} Z`;
  }
  const largeArc = endAngle - startAngle > Math.PI ? 1 : 0;
  return `M ${centre.x} ${centre.y} L ${at(startAngle)} A ${radius} ${radius} 0 ${largeArc} 1 ${at(endAngle)} Z`;
}

/**
 * An ecomap (Hartman, 1978): the client in the centre, each network member in a circle around it,
 * grouped in sectors by category, with one line per tie. The line shows strength and quality, its
 * arrowheads the direction support flows, the dots inside a circle the support the member gives.
 * Each member is a button (Enter or Space opens it; arrow keys move between members) whose
 * accessible name says everything the drawing shows.
 */
@Component({
  selector: 'app-ecomap',
  imports: [PanZoomFrame],
  templateUrl: './ecomap.html',
  styleUrl: './ecomap.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Ecomap {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Active members on the date shown (ended members are not drawn). */
  readonly members = input.required<readonly NetworkMember[]>();
  readonly clientName = input('Client');
  /** The drawing's accessible name, e.g. "Support network of Robin, today". */
  readonly label = input.required<string>();
  /** The date the drawing shows (YYYY-MM-DD): consent is judged on it. */
  readonly onDate = input.required<string>();
  readonly canvas = input<EcomapCanvas>(DEFAULT_ECOMAP_CANVAS);
  /** Ties marked as added, ended or changed (by member id), when comparing two dates. */
  readonly marks = input<Readonly<Record<string, EcomapMark>>>({});
  /** Enter, Space or a click on a member. */
  readonly memberActivated = output<NetworkMember>();

  /** Marker ids must be unique on the page (two drawings show side by side when comparing). */
  protected readonly uid = `ecomap-${nextInstance++}`;
  protected readonly tones = TONES;
  protected readonly fontSize = ECOMAP_TEXT.fontSize;
  /** The scale at which labels are drawn 12 px high, the least a phone needs to read them. */
  protected readonly readableScale = 12 / ECOMAP_TEXT.fontSize;

  protected readonly layout = computed(() => layoutEcomap(this.members(), this.canvas()));
  protected readonly viewBox = computed(() => `0 0 ${this.layout().width} ${this.layout().height}`);
  /** Smaller arrowheads where many ties meet at the client. */
  protected readonly arrowSize = computed(() => (this.members().length > 24 ? 8 : 11));

  protected readonly centre = computed(() => {
    const { centre } = this.layout();
    const perLine = Math.max(4, Math.floor((2 * centre.r - 12) / ECOMAP_TEXT.charWidth));
    const lines = wrapLabel(this.clientName(), perLine, 2);
    const top = centre.y - (lines.length * ECOMAP_TEXT.lineHeight) / 2;
    return {
      circle: centre,
      lines: lines.map((text, index) => ({
        text,
        x: centre.x,
        y: top + (index + 1) * ECOMAP_TEXT.lineHeight - 3.5,
      })),
    };
  });

  protected readonly sectors = computed(() => {
    const { sectors, centre } = this.layout();
    return sectors.map((sector) => ({
      category: sector.category,
      path: wedgePath(sector, centre),
      box: sector.label,
      lines: linesOf(sector.label),
    }));
  });

  protected readonly markGlyphs = MARK_GLYPHS;

  protected readonly drawn = computed(() => {
    const onDate = this.onDate();
    const marks = this.marks();
    return this.layout().nodes.map((node) => {
      const { member, circle, tie } = node;
      const style: TieLineStyle = tieLineStyle(member.tieStrength, member.tieQuality);
      const path =
        style.shape === 'jagged' ? jaggedPath(tie.from, tie.to) : straightPath(tie.from, tie.to);
      const dotOffset = circle.r * 0.42;
      const markerUrl = `url(#${this.uid}-arrow-${style.tone})`;
      return {
        member,
        circle,
        style,
        path,
        // A double line: a wide stroke with a gap of the background colour down its middle.
        outerWidth: style.double ? style.width + 4 : style.width,
        gapWidth: Math.max(1.25, style.width - 0.5),
        markerStart:
          member.energyFlow === 'to-client' || member.energyFlow === 'both' ? markerUrl : null,
        markerEnd:
          member.energyFlow === 'from-client' || member.energyFlow === 'both' ? markerUrl : null,
        leader: node.leader,
        label: node.label,
        lines: linesOf(node.label),
        dots: SUPPORT_TYPE_CODES.filter((type) => member.supportTypes.includes(type)).map(
          (type) => ({
            type,
            x: circle.x + SUPPORT_DOT_OFFSETS[type].x * dotOffset,
            y: circle.y + SUPPORT_DOT_OFFSETS[type].y * dotOffset,
            r: Math.max(2.5, circle.r * 0.2),
          }),
        ),
        description: marks[member.id]
          ? `${describeMember(member, onDate)} ${marks[member.id].words}.`
          : describeMember(member, onDate),
        mark: marks[member.id]
          ? {
              kind: marks[member.id].kind,
              x: circle.x + circle.r * 0.8,
              y: circle.y - circle.r * 0.8,
              r: 9,
            }
          : null,
      };
    });
  });

  protected activate(member: NetworkMember): void {
    this.memberActivated.emit(member);
  }

  protected onKeydown(event: KeyboardEvent, index: number, member: NetworkMember): void {
    const count = this.drawn().length;
    const target: Record<string, number> = {
      ArrowRight: (index + 1) % count,
      ArrowDown: (index + 1) % count,
      ArrowLeft: (index - 1 + count) % count,
      ArrowUp: (index - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(member);
    } else if (event.key in target) {
      event.preventDefault();
      this.focusMember(target[event.key]);
    }
  }

  private focusMember(index: number): void {
    this.host.nativeElement.querySelectorAll<SVGGElement>('g.member')[index]?.focus();
  }
}

import {
  NETWORK_CATEGORY_CODES,
  type EnergyFlow,
  type NetworkCategory,
  type SupportType,
  type TieQuality,
  type TieStrength,
} from './network-codes';

/** What the drawing needs to know of one network member. */
export interface EcomapMemberInput {
  readonly id: string;
  readonly name: string;
  readonly category: NetworkCategory;
  readonly tieStrength: TieStrength;
  readonly tieQuality: TieQuality;
  readonly energyFlow: EnergyFlow;
  readonly supportTypes: readonly SupportType[];
}

export interface EcomapCanvas {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Circle extends Point {
  readonly r: number;
}

/** An axis-aligned rectangle; (x, y) is its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A text label: its box (background included) and its lines, top to bottom. */
export interface EcomapLabel extends Box {
  readonly lines: readonly string[];
}

export interface Segment {
  readonly from: Point;
  readonly to: Point;
}

export interface EcomapNode<Member extends EcomapMemberInput = EcomapMemberInput> {
  /** The member as given (so a drawing can carry more facts than the layout needs). */
  readonly member: Member;
  /** Radians, clockwise from east (SVG coordinates, y down); the first member sits at the top. */
  readonly angle: number;
  /** 0 = inner (or only) ring, 1 = outer ring. */
  readonly ring: 0 | 1;
  readonly circle: Circle;
  readonly label: EcomapLabel;
  /** The tie: from the edge of the client's circle to the edge of the member's. */
  readonly tie: Segment;
  /** A thin line from the circle to its label, when the label had to move away from it. */
  readonly leader: Segment | null;
}

/** The angular sector of one category: a tinted wedge behind its members, named by its label. */
export interface EcomapSector {
  readonly category: NetworkCategory;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly radius: number;
  readonly label: EcomapLabel;
}

export interface EcomapLayout<Member extends EcomapMemberInput = EcomapMemberInput> {
  /** At least the requested canvas; larger when the drawing needed more room. */
  readonly width: number;
  readonly height: number;
  readonly centre: Circle;
  /** In angular order: by category (family first), then by name, then by id. */
  readonly nodes: readonly EcomapNode<Member>[];
  readonly sectors: readonly EcomapSector[];
}

/** Text metrics the drawing must use for the label boxes to hold their text. */
export const ECOMAP_TEXT = {
  fontSize: 13,
  lineHeight: 16,
  /** A generous average advance for 13px Roboto, so a box is never narrower than its text. */
  charWidth: 7.6,
  paddingX: 5,
  paddingY: 3,
} as const;

/** Members on one ring before a second ring takes every other one. */
export const ECOMAP_SINGLE_RING_MAX = 12;

const LABEL_GAP = 3;
const CIRCLE_CLEARANCE = 4;
const MARGIN = 12;
/** A sector gap, in member slots, between neighbouring categories. */
const SECTOR_GAP_SLOTS = 0.5;
/** Room kept around the rings for labels when the canvas decides the ring size. */
const LABEL_ALLOWANCE = 96;
const RADIAL_STEP = 3;
const TANGENTIAL_NUDGES = [0, 5, -5, 10, -10, 15, -15];
const MAX_RADIAL_STEPS = 5000;
const LEADER_THRESHOLD = 8;

const CATEGORY_TITLES: Record<NetworkCategory, string> = {
  family: 'FAMILY',
  friends: 'FRIENDS',
  'peers-groups': 'PEERS & GROUPS',
  community: 'COMMUNITY',
  professionals: 'PROFESSIONALS',
};

/** Sorted as drawn: category order, then name (case-insensitive), then name, then id. */
function drawingOrder(a: EcomapMemberInput, b: EcomapMemberInput): number {
  const byCategory =
    NETWORK_CATEGORY_CODES.indexOf(a.category) - NETWORK_CATEGORY_CODES.indexOf(b.category);
  if (byCategory !== 0) {
    return byCategory;
  }
  for (const [x, y] of [
    [a.name.toLowerCase(), b.name.toLowerCase()],
    [a.name, b.name],
    [a.id, b.id],
  ]) {
    if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function sizesFor(count: number): {
  memberRadius: number;
  centreRadius: number;
  charsPerLine: number;
  maxLines: number;
} {
  // Many ties meet at the client's circle: it grows so their arrowheads keep apart.
  if (count <= 6) {
    return { memberRadius: 24, centreRadius: 46, charsPerLine: 22, maxLines: 3 };
  }
  if (count <= ECOMAP_SINGLE_RING_MAX) {
    return { memberRadius: 20, centreRadius: 48, charsPerLine: 20, maxLines: 3 };
  }
  if (count <= 24) {
    return { memberRadius: 16, centreRadius: 54, charsPerLine: 16, maxLines: 3 };
  }
  return { memberRadius: 13, centreRadius: 62, charsPerLine: 14, maxLines: 3 };
}

/**
 * Breaks a name into at most `maxLines` lines of at most `perLine` characters, at spaces and after
 * hyphens where it can, and ends with "…" when the name does not fit (the full name is in the
 * member's accessible label and in the table).
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  // Each piece either follows a space or is glued to the one before (after a hyphen, or a cut word).
  const pieces: { text: string; glued: boolean }[] = [];
  for (const word of text
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '')) {
    word.split(/(?<=-)/).forEach((part, partIndex) => {
      for (let start = 0; start < part.length; start += perLine) {
        pieces.push({
          text: part.slice(start, start + perLine),
          glued: partIndex > 0 || start > 0,
        });
      }
    });
  }
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]}${piece.glued ? '' : ' '}${piece.text}` : '';
    if (last >= 0 && joined.length <= perLine) {
      lines[last] = joined;
    } else {
      lines.push(piece.text);
    }
  }
  if (lines.length === 0) {
    return ['?'];
  }
  if (lines.length <= maxLines) {
    return lines;
  }
  const kept = lines.slice(0, maxLines);
  const lastLine = kept[maxLines - 1];
  kept[maxLines - 1] =
    `${(lastLine.length >= perLine ? lastLine.slice(0, perLine - 1) : lastLine).trimEnd()}…`;
  return kept;
}

function labelSize(lines: readonly string[]): { width: number; height: number } {
  const longest = Math.max(...lines.map((line) => line.length));
  return {
    width: longest * ECOMAP_TEXT.charWidth + 2 * ECOMAP_TEXT.paddingX,
    height: lines.length * ECOMAP_TEXT.lineHeight + 2 * ECOMAP_TEXT.paddingY,
  };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function boxMeetsCircle(box: Box, circle: Circle, clearance = 0): boolean {
  const dx = Math.max(box.x - circle.x, 0, circle.x - (box.x + box.width));
  const dy = Math.max(box.y - circle.y, 0, circle.y - (box.y + box.height));
  return dx * dx + dy * dy < (circle.r + clearance) * (circle.r + clearance);
}

export function circlesOverlap(a: Circle, b: Circle): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
}

const polar = (radius: number, angle: number): Point => ({
  x: radius * Math.cos(angle),
  y: radius * Math.sin(angle),
});

/**
 * Places a label of the given size beyond `anchor` in direction `angle`: pushed out along the ray
 * (and nudged a little across it) until it touches no circle and no label already placed.
 * Moving out along a ray always leaves every bounded obstacle behind, so a place is always found.
 */
function placeLabel(
  anchor: Point,
  angle: number,
  size: { width: number; height: number },
  circles: readonly Circle[],
  placed: readonly Box[],
): { box: Box; distance: number } {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // Half the box's extent along the ray: the box then starts exactly at the anchor's distance.
  const support = (Math.abs(ux) * size.width) / 2 + (Math.abs(uy) * size.height) / 2;
  for (let step = 0; step < MAX_RADIAL_STEPS; step++) {
    const distance = step * RADIAL_STEP;
    for (const nudge of TANGENTIAL_NUDGES) {
      const cx = anchor.x + (distance + support) * ux - nudge * uy;
      const cy = anchor.y + (distance + support) * uy + nudge * ux;
      const box: Box = {
        x: cx - size.width / 2,
        y: cy - size.height / 2,
        width: size.width,
        height: size.height,
      };
      if (
        !circles.some((circle) => boxMeetsCircle(box, circle, CIRCLE_CLEARANCE)) &&
        !placed.some((other) => boxesOverlap(box, other, LABEL_GAP))
      ) {
        return { box, distance: distance + Math.abs(nudge) };
      }
    }
  }
  throw new Error('Ecomap layout: no room found for a label.');
}

/** The point of a box nearest to a point (for leader lines). */
function nearestPointOf(box: Box, point: Point): Point {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

function translate<T extends Point>(value: T, dx: number, dy: number): T {
  return { ...value, x: value.x + dx, y: value.y + dy };
}

const translateSegment = (segment: Segment, dx: number, dy: number): Segment => ({
  from: translate(segment.from, dx, dy),
  to: translate(segment.to, dx, dy),
});

/**
 * Lays out an ecomap: the client in the centre, members on one ring (two alternating rings past
 * twelve) grouped in angular sectors by category, each label outside its circle. Pure and
 * deterministic: the same members and canvas always give the same drawing, whatever order the
 * members come in. No label overlaps another label or any circle; the canvas grows if it must.
 */
export function layoutEcomap<Member extends EcomapMemberInput>(
  members: readonly Member[],
  canvas: EcomapCanvas,
): EcomapLayout<Member> {
  const ordered = [...members].sort(drawingOrder);
  const count = ordered.length;
  const { memberRadius, centreRadius, charsPerLine, maxLines } = sizesFor(count);
  const centre: Circle = { x: 0, y: 0, r: centreRadius };

  const categories = NETWORK_CATEGORY_CODES.filter((category) =>
    ordered.some((member) => member.category === category),
  );
  const gapSlots = categories.length > 1 ? SECTOR_GAP_SLOTS : 0;
  const twoRings = count > ECOMAP_SINGLE_RING_MAX;
  // Rings alternate; with an odd count the last and the first member would share a ring side by
  // side, so an extra slot keeps them apart.
  const wrapSlots = twoRings && count % 2 === 1 ? 1 : 0;
  const slot =
    count > 0 ? (2 * Math.PI) / (count + categories.length * gapSlots + wrapSlots) : 2 * Math.PI;
  // The first member sits at the top.
  const origin = -Math.PI / 2 - slot / 2;

  const labelLines = ordered.map((member) => wrapLabel(member.name, charsPerLine, maxLines));
  const tallestLabel = Math.max(0, ...labelLines.map((lines) => labelSize(lines).height));
  const widestLabel = Math.max(0, ...labelLines.map((lines) => labelSize(lines).width));
  const available = Math.min(canvas.width, canvas.height) / 2 - LABEL_ALLOWANCE;
  const nearest = centreRadius + memberRadius + 36;
  // Neighbours on one ring stay apart: a chord of (2r + room) between them.
  const chordRadius = (slotsApart: number) => {
    const half = (slot * slotsApart) / 2;
    return half >= Math.PI / 2 ? 0 : (memberRadius + 8) / Math.sin(half);
  };
  let radii: [number, number];
  if (twoRings) {
    // Far enough apart for an inner label to sit between the rings.
    const ringGap = 2 * memberRadius + tallestLabel + 20;
    const inner = Math.max(nearest, chordRadius(2));
    // Outer neighbours (two slots apart) far enough apart for their labels to sit side by side.
    const labelsSideBySide = (widestLabel / 2 + 6) / Math.sin(slot);
    const outer = Math.max(inner + ringGap, available, labelsSideBySide);
    radii = [outer - ringGap, outer];
  } else {
    const only = Math.max(nearest, chordRadius(1), available);
    radii = [only, only];
  }

  // Angles: members in drawing order, one slot each, with a gap between categories.
  const angles: number[] = [];
  const sectorSpans: { category: NetworkCategory; start: number; end: number }[] = [];
  let position = 0;
  for (const category of categories) {
    const start = position;
    for (const member of ordered) {
      if (member.category === category) {
        angles.push(origin + (position + 0.5) * slot);
        position += 1;
      }
    }
    sectorSpans.push({ category, start: origin + start * slot, end: origin + position * slot });
    position += gapSlots;
  }

  const circles: Circle[] = ordered.map((_, index) => {
    const ring = twoRings ? index % 2 : 0;
    return { ...polar(radii[ring], angles[index]), r: memberRadius };
  });
  const obstacles: readonly Circle[] = [centre, ...circles];

  const placedBoxes: Box[] = [];
  const nodes: EcomapNode<Member>[] = ordered.map((member, index) => {
    const angle = angles[index];
    const circle = circles[index];
    const lines = labelLines[index];
    const anchor = {
      x: circle.x + (memberRadius + 2) * Math.cos(angle),
      y: circle.y + (memberRadius + 2) * Math.sin(angle),
    };
    const { box, distance } = placeLabel(anchor, angle, labelSize(lines), obstacles, placedBoxes);
    placedBoxes.push(box);
    const edge = {
      x: circle.x + memberRadius * Math.cos(angle),
      y: circle.y + memberRadius * Math.sin(angle),
    };
    return {
      member,
      angle,
      ring: twoRings && index % 2 === 1 ? 1 : 0,
      circle,
      label: { ...box, lines },
      tie: {
        from: polar(centreRadius, angle),
        to: polar(Math.hypot(circle.x, circle.y) - memberRadius, angle),
      },
      leader: distance > LEADER_THRESHOLD ? { from: edge, to: nearestPointOf(box, edge) } : null,
    };
  });

  // Category titles go outside the rings, at the middle of each sector.
  const wedgeRadius = radii[1] + memberRadius + 10;
  const sectors: EcomapSector[] = sectorSpans.map(({ category, start, end }) => {
    const middle = categories.length === 1 ? -Math.PI / 2 : (start + end) / 2;
    const lines = [CATEGORY_TITLES[category]];
    const { box } = placeLabel(
      polar(wedgeRadius, middle),
      middle,
      labelSize(lines),
      obstacles,
      placedBoxes,
    );
    placedBoxes.push(box);
    return {
      category,
      startAngle: start,
      endAngle: end,
      radius: wedgeRadius,
      label: { ...box, lines },
    };
  });

  // The canvas: at least the one asked for, grown to hold everything, with the client in the middle.
  let halfWidth = canvas.width / 2;
  let halfHeight = canvas.height / 2;
  for (const circle of obstacles) {
    halfWidth = Math.max(halfWidth, Math.abs(circle.x) + circle.r + MARGIN);
    halfHeight = Math.max(halfHeight, Math.abs(circle.y) + circle.r + MARGIN);
  }
  for (const box of placedBoxes) {
    halfWidth = Math.max(halfWidth, Math.abs(box.x) + MARGIN, Math.abs(box.x + box.width) + MARGIN);
    halfHeight = Math.max(
      halfHeight,
      Math.abs(box.y) + MARGIN,
      Math.abs(box.y + box.height) + MARGIN,
    );
  }
  const width = Math.ceil(2 * halfWidth);
  const height = Math.ceil(2 * halfHeight);
  const dx = width / 2;
  const dy = height / 2;

  return {
    width,
    height,
    centre: translate(centre, dx, dy),
    nodes: nodes.map((node) => ({
      ...node,
      circle: translate(node.circle, dx, dy),
      label: translate(node.label, dx, dy),
      tie: translateSegment(node.tie, dx, dy),
      leader: node.leader ? translateSegment(node.leader, dx, dy) : null,
    })),
    sectors: sectors.map((sector) => ({ ...sector, label: translate(sector.label, dx, dy) })),
  };
}

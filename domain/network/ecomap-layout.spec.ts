import {
  boxesOverlap,
  boxMeetsCircle,
  circlesOverlap,
  ECOMAP_TEXT,
  layoutEcomap,
  wrapLabel,
  type Box,
  type EcomapLayout,
  type EcomapMemberInput,
} from './ecomap-layout';
import { NETWORK_CATEGORY_CODES, type NetworkCategory } from './network-codes';

const CANVAS = { width: 880, height: 600 };
const FIRST_NAMES = [
  'Ana',
  'Bo',
  'Chidi',
  'Dana',
  'Eun-ji',
  'Farid',
  'Greta',
  'Hamish',
  'Ines',
  'Jo',
  'Kofi',
  'Lena',
];

function member(
  index: number,
  category: NetworkCategory,
  name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${index}`,
): EcomapMemberInput {
  return {
    id: `0190a1b2-0000-7000-8000-${String(index).padStart(12, '0')}`,
    name,
    category,
    tieStrength: (['strong', 'moderate', 'weak'] as const)[index % 3],
    tieQuality: (['supportive', 'mixed', 'strained', 'harmful'] as const)[index % 4],
    energyFlow: (['to-client', 'from-client', 'both'] as const)[index % 3],
    supportTypes: ['emotional'],
  };
}

/** A network of `count` members spread over the categories the way the index says. */
const mixed = (count: number, name?: (index: number) => string) =>
  Array.from({ length: count }, (_, index) =>
    member(
      index,
      NETWORK_CATEGORY_CODES[(index * 7) % NETWORK_CATEGORY_CODES.length],
      name?.(index),
    ),
  );

/** Every way a label can collide, as readable messages (empty when the drawing is legible). */
function collisions(layout: EcomapLayout): string[] {
  const labels: { name: string; box: Box }[] = [
    ...layout.nodes.map((node) => ({ name: `label of ${node.member.name}`, box: node.label })),
    ...layout.sectors.map((sector) => ({ name: `title of ${sector.category}`, box: sector.label })),
  ];
  const circles = [
    { name: 'the client', circle: layout.centre },
    ...layout.nodes.map((node) => ({ name: `circle of ${node.member.name}`, circle: node.circle })),
  ];
  const found: string[] = [];
  labels.forEach((label, index) => {
    for (const other of labels.slice(index + 1)) {
      if (boxesOverlap(label.box, other.box)) {
        found.push(`${label.name} overlaps ${other.name}`);
      }
    }
    for (const { name, circle } of circles) {
      if (boxMeetsCircle(label.box, circle)) {
        found.push(`${label.name} overlaps ${name}`);
      }
    }
  });
  circles.forEach((circle, index) => {
    for (const other of circles.slice(index + 1)) {
      if (circlesOverlap(circle.circle, other.circle)) {
        found.push(`${circle.name} overlaps ${other.name}`);
      }
    }
  });
  return found;
}

function outsideCanvas(layout: EcomapLayout): string[] {
  const boxes: Box[] = [
    ...layout.nodes.map((node) => node.label),
    ...layout.sectors.map((sector) => sector.label),
    ...[layout.centre, ...layout.nodes.map((node) => node.circle)].map((c) => ({
      x: c.x - c.r,
      y: c.y - c.r,
      width: 2 * c.r,
      height: 2 * c.r,
    })),
  ];
  return boxes
    .filter(
      (box) =>
        box.x < 0 ||
        box.y < 0 ||
        box.x + box.width > layout.width ||
        box.y + box.height > layout.height,
    )
    .map((box) => JSON.stringify(box));
}

/** Categories in angular order, starting at the top and going clockwise, one entry per run. */
function categoryRuns(layout: EcomapLayout): NetworkCategory[] {
  const start = -Math.PI / 2 - 1e-9;
  const normalised = (angle: number) =>
    (((angle - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const byAngle = [...layout.nodes].sort((a, b) => normalised(a.angle) - normalised(b.angle));
  const runs: NetworkCategory[] = [];
  for (const node of byAngle) {
    if (runs[runs.length - 1] !== node.member.category) {
      runs.push(node.member.category);
    }
  }
  return runs;
}

describe('ecomap layout', () => {
  it('draws only the client, in the middle of the canvas, when there is nobody yet', () => {
    const layout = layoutEcomap([], CANVAS);

    expect(layout.nodes).toEqual([]);
    expect(layout.sectors).toEqual([]);
    expect([layout.width, layout.height]).toEqual([880, 600]);
    expect([layout.centre.x, layout.centre.y]).toEqual([440, 300]);
  });

  it('puts a single member at the top, its label above its circle', () => {
    const [node] = layoutEcomap([member(1, 'family', 'Mum')], CANVAS).nodes;

    expect(node.circle.x).toBeCloseTo(440, 6);
    expect(node.circle.y).toBeLessThan(300);
    expect(node.label.y + node.label.height).toBeLessThanOrEqual(node.circle.y - node.circle.r);
    expect(node.label.lines).toEqual(['Mum']);
  });

  for (let count = 1; count <= 40; count++) {
    it(`keeps ${count} member${count === 1 ? '' : 's'} legible: no label overlaps a label or a circle`, () => {
      const layout = layoutEcomap(mixed(count), CANVAS);

      expect(layout.nodes.length).toBe(count);
      expect(collisions(layout)).toEqual([]);
      expect(outsideCanvas(layout)).toEqual([]);
    });

    it(`keeps ${count} member${count === 1 ? '' : 's'} with 40-character names legible`, () => {
      const longName = (index: number) =>
        index % 2 === 0
          ? `Alexandria-Constantinople Featherstonehaugh`.slice(0, 38) +
            String(index % 10).padStart(2, '0')
          : `Riverside community allotment group ${index}`.slice(0, 40);
      const layout = layoutEcomap(mixed(count, longName), CANVAS);

      expect(collisions(layout)).toEqual([]);
      expect(outsideCanvas(layout)).toEqual([]);
    });
  }

  it('stays legible with everyone in one category and on a small canvas', () => {
    for (const count of [1, 5, 12, 13, 25, 40]) {
      const layout = layoutEcomap(
        Array.from({ length: count }, (_, index) => member(index, 'friends')),
        { width: 320, height: 240 },
      );
      expect(collisions(layout)).withContext(`${count} friends`).toEqual([]);
      expect(outsideCanvas(layout)).withContext(`${count} friends`).toEqual([]);
    }
  });

  it('grows the canvas rather than crowd it', () => {
    const layout = layoutEcomap(mixed(40), { width: 300, height: 200 });

    expect(layout.width).toBeGreaterThan(300);
    expect(layout.height).toBeGreaterThan(200);
    expect([layout.centre.x, layout.centre.y]).toEqual([layout.width / 2, layout.height / 2]);
  });

  it('gives the same drawing for the same members, whatever order they come in', () => {
    const members = mixed(23);
    const reversed = [...members].reverse();

    expect(layoutEcomap(members, CANVAS)).toEqual(layoutEcomap(members, CANVAS));
    expect(layoutEcomap(reversed, CANVAS)).toEqual(layoutEcomap(members, CANVAS));
  });

  it('keeps each category in one contiguous sector, in the clinic order, sorted by name within it', () => {
    for (const count of [5, 12, 17, 40]) {
      const layout = layoutEcomap(mixed(count), CANVAS);
      const present = NETWORK_CATEGORY_CODES.filter((category) =>
        layout.nodes.some((node) => node.member.category === category),
      );

      expect(categoryRuns(layout)).withContext(`${count} members`).toEqual(present);
      expect(layout.sectors.map((sector) => sector.category)).toEqual(present);
      for (const sector of layout.sectors) {
        const inSector = layout.nodes.filter((node) => node.member.category === sector.category);
        expect(
          inSector.every((node) => node.angle > sector.startAngle && node.angle < sector.endAngle),
        ).toBeTrue();
        const names = inSector.map((node) => node.member.name.toLowerCase());
        expect(names).toEqual([...names].sort());
      }
    }
  });

  it('breaks ties between equal names by id, so the order never depends on the input', () => {
    const twins = [
      { ...member(2, 'family', 'Sam'), id: 'b' },
      { ...member(1, 'family', 'Sam'), id: 'a' },
    ];

    expect(layoutEcomap(twins, CANVAS).nodes.map((node) => node.member.id)).toEqual(['a', 'b']);
  });

  it('uses one ring up to twelve members and two alternating rings beyond, with smaller circles', () => {
    const twelve = layoutEcomap(mixed(12), CANVAS);
    const thirteen = layoutEcomap(mixed(13), CANVAS);
    const forty = layoutEcomap(mixed(40), CANVAS);

    expect(new Set(twelve.nodes.map((node) => node.ring))).toEqual(new Set([0]));
    expect(thirteen.nodes.map((node) => node.ring).slice(0, 4)).toEqual([0, 1, 0, 1]);
    expect(forty.nodes[0].circle.r).toBeLessThan(twelve.nodes[0].circle.r);
    expect(twelve.nodes[0].circle.r).toBeLessThan(layoutEcomap(mixed(3), CANVAS).nodes[0].circle.r);
  });

  it('draws each tie from the edge of the client to the edge of the member', () => {
    const layout = layoutEcomap(mixed(7), CANVAS);
    for (const node of layout.nodes) {
      const { centre, circle, tie } = { centre: layout.centre, circle: node.circle, tie: node.tie };
      expect(Math.hypot(tie.from.x - centre.x, tie.from.y - centre.y)).toBeCloseTo(centre.r, 6);
      expect(Math.hypot(tie.to.x - circle.x, tie.to.y - circle.y)).toBeCloseTo(circle.r, 6);
    }
  });

  it('makes every label box wide and tall enough for its text', () => {
    const layout = layoutEcomap(
      mixed(30, (index) => `Person with a rather long name ${index}`),
      CANVAS,
    );
    for (const node of layout.nodes) {
      const longest = Math.max(...node.label.lines.map((line) => line.length));
      expect(node.label.width).toBeGreaterThanOrEqual(longest * ECOMAP_TEXT.charWidth);
      expect(node.label.height).toBeGreaterThanOrEqual(
        node.label.lines.length * ECOMAP_TEXT.lineHeight,
      );
    }
  });
});

describe('ecomap label wrapping', () => {
  it('keeps short names on one line', () => {
    expect(wrapLabel('Mum', 20, 2)).toEqual(['Mum']);
  });

  it('breaks at spaces and keeps words whole where they fit', () => {
    expect(wrapLabel('Riverside community allotment', 14, 3)).toEqual([
      'Riverside',
      'community',
      'allotment',
    ]);
    expect(wrapLabel('Jo and Sam Example', 10, 3)).toEqual(['Jo and Sam', 'Example']);
  });

  it('breaks after a hyphen', () => {
    expect(wrapLabel('Alex Featherstonehaugh-Smith', 14, 3)).toEqual([
      'Alex',
      'Featherstoneha',
      'ugh-Smith',
    ]);
    expect(wrapLabel('Mary-Jane Watson-Parker', 12, 3)).toEqual(['Mary-Jane', 'Watson-', 'Parker']);
  });

  it('cuts a word longer than a line, and ends with an ellipsis when the name does not fit', () => {
    expect(wrapLabel('Featherstonehaugh', 8, 3)).toEqual(['Feathers', 'tonehaug', 'h']);
    expect(wrapLabel('a b c d e f g h i j k l', 3, 2)).toEqual(['a b', 'c…']);
    expect(wrapLabel('Featherstonehaugh-Featherstonehaugh', 8, 2)).toEqual([
      'Feathers',
      'tonehau…',
    ]);
  });
});

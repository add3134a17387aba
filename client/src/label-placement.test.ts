import { describe, expect, it } from 'vitest';
import { labelPriority, overlaps, placeLabels, scaledFont, type LabelCandidate } from './label-placement.ts';

const label = (id: string, priority: number, x: number, y: number, px = 12, w = 100, h = 14): LabelCandidate => ({
  id,
  priority,
  box: { x1: x, y1: y, x2: x + w, y2: y + h },
  px,
});

describe('placing labels', () => {
  it('draws the more important of two overlapping labels, and both of two apart', () => {
    const drawn = placeLabels([label('minor', 1, 50, 5), label('hub', 9, 0, 0), label('far', 1, 0, 100)]);
    expect([...drawn].sort()).toEqual(['far', 'hub']);
  });

  it('leaves out a label smaller on screen than the minimum, even with nothing around it', () => {
    expect([...placeLabels([label('tiny', 99, 0, 0, 9.5), label('ok', 1, 0, 100, 10)])]).toEqual(['ok']);
  });

  it('keeps a small gap between labels, and breaks ties between equals by id so the same view draws the same names', () => {
    const touching = [label('b', 1, 0, 0), label('a', 1, 101, 0)];
    expect([...placeLabels(touching, 10, 2)]).toEqual(['a']);
    expect([...placeLabels(touching, 10, 0)].sort()).toEqual(['a', 'b']);
  });

  it('finds overlaps across the cells of its grid, for labels wider than a cell', () => {
    const wide = label('wide', 5, -300, 0, 12, 900, 20);
    const drawn = placeLabels([wide, label('under', 1, 250, 10), label('clear', 1, 250, 60)]);
    expect([...drawn].sort()).toEqual(['clear', 'wide']);
  });

  it('takes no placed label to overlap any other, over a dense random field', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const field = Array.from({ length: 400 }, (_, i) =>
      label(`n${i}`, Math.floor(random() * 10), random() * 800, random() * 600, 11, 40 + random() * 120, 12 + random() * 30),
    );
    const placed = placeLabels(field);
    const drawn = field.filter((c) => placed.has(c.id));
    const clashes = drawn.flatMap((a, i) =>
      drawn
        .slice(i + 1)
        .filter((b) => overlaps(a.box, b.box))
        .map((b) => `${a.id}/${b.id}`),
    );
    expect({ clashes, some: drawn.length > 20 }).toEqual({ clashes: [], some: true });
  });
});

describe('label sizes and importance', () => {
  it('keeps a label readable zoomed out, at its stylesheet size zoomed in, and never larger than that on screen', () => {
    const onScreen = (base: number, zoom: number) => Math.round(scaledFont(base, zoom, 11) * zoom * 100) / 100;
    expect([onScreen(18, 0.2), onScreen(18, 0.8), onScreen(18, 1), onScreen(18, 3), onScreen(9, 3)]).toEqual([11, 14.4, 18, 18, 11]);
  });

  it('ranks the selection over what is highlighted, over hubs, over the rest, and the faded last', () => {
    const base = { selected: false, highlighted: false, prominence: '' as const, minor: false, degree: 3, faded: false };
    const ranks = [
      labelPriority({ ...base, selected: true, highlighted: true }),
      labelPriority({ ...base, highlighted: true, minor: true }),
      labelPriority({ ...base, prominence: 'hub', degree: 20 }),
      labelPriority({ ...base, prominence: 'major' }),
      labelPriority(base),
      labelPriority({ ...base, minor: true }),
      labelPriority({ ...base, prominence: 'hub', faded: true }),
    ];
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

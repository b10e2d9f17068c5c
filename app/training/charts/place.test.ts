import { describe, expect, it } from 'vitest';
import { placeLabel, segmentHitsBox } from './place.ts';

const box = { x: 0, y: 0, width: 10, height: 10 };

describe('segmentHitsBox', () => {
  it('sees a segment crossing the box, inside it, or missing it', () => {
    expect(segmentHitsBox([-5, 5], [15, 5], box)).toBe(true);
    expect(segmentHitsBox([2, 2], [3, 3], box)).toBe(true);
    expect(segmentHitsBox([-5, -5], [-1, 20], box)).toBe(false);
    expect(segmentHitsBox([-5, 20], [20, 12], box)).toBe(false);
  });
});

describe('placeLabel', () => {
  const bounds = { x: 0, y: 0, width: 300, height: 200 };
  const size = { width: 60, height: 14 };

  it('puts the label left and above when nothing is in the way', () => {
    const at = placeLabel([200, 100], size, [], bounds);
    expect(at.x + at.width).toBeLessThan(200);
    expect(at.y + at.height).toBeLessThan(100);
  });

  it('moves the label off a line that rises into the point from the lower left', () => {
    const line = [
      [0, 200],
      [290, 10],
    ] as const;
    const at = placeLabel([290, 10], size, [line], bounds);
    expect(segmentHitsBox(line[0], line[1], at)).toBe(false);
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.y).toBeGreaterThanOrEqual(0);
  });

  it('stays inside the bounds at a corner', () => {
    const at = placeLabel([295, 195], size, [], bounds);
    expect(at.x + at.width).toBeLessThanOrEqual(300);
    expect(at.y + at.height).toBeLessThanOrEqual(200);
  });
});

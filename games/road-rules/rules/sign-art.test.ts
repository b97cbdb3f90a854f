import { describe, expect, it } from 'vitest';
import { signArt, type SignShape } from './sign-art';
import { SIGN_CODES, signFamily, signLabel, signTakesSpeed, type SignRef } from './signs';

const refOf = (code: (typeof SIGN_CODES)[number]): SignRef => (signTakesSpeed(code) ? { code, kmh: 50 } : { code });
const points = (shape: SignShape): (readonly [number, number])[] =>
  shape.kind === 'polygon' || shape.kind === 'line' ? [...shape.points] : shape.kind === 'circle' ? [[shape.x - shape.r, shape.y - shape.r], [shape.x + shape.r, shape.y + shape.r]] : [[shape.x, shape.y]];

describe('sign drawings', () => {
  it('draws every sign code the game knows, inside its box', () => {
    for (const code of SIGN_CODES) {
      const shapes = signArt(refOf(code));
      expect(shapes.length, code).toBeGreaterThan(0);
      for (const [x, y] of shapes.flatMap(points)) {
        expect(Math.abs(x), `${code} x`).toBeLessThanOrEqual(1.01);
        expect(Math.abs(y), `${code} y`).toBeLessThanOrEqual(1.01);
        expect(Number.isFinite(x) && Number.isFinite(y), code).toBe(true);
      }
    }
  });

  it('gives each family its official shape and colour', () => {
    const outline = (code: (typeof SIGN_CODES)[number]) => signArt(refOf(code))[0]!;
    for (const code of SIGN_CODES.filter((c) => signFamily(c) === 'danger')) {
      expect(outline(code)).toMatchObject({ kind: 'polygon', fill: 0xc8102e, points: [[0, -0.95], [1, 0.8], [-1, 0.8]] });
    }
    expect(outline('AB4')).toMatchObject({ kind: 'polygon', fill: 0xc8102e });
    expect((outline('AB4') as unknown as { points: unknown[] }).points).toHaveLength(8);
    for (const code of SIGN_CODES.filter((c) => signFamily(c) === 'obligation')) expect(outline(code)).toMatchObject({ kind: 'circle', fill: 0x0a5aa8 });
    for (const code of ['B0', 'B14', 'B2a', 'B3'] as const) expect(outline(code)).toMatchObject({ kind: 'circle', fill: 0xc8102e });
    for (const code of SIGN_CODES.filter((c) => signFamily(c) === 'fin')) expect(outline(code)).toMatchObject({ kind: 'circle', fill: 0xffffff });
  });

  it('writes the speed on limits and the word STOP on the octagon', () => {
    expect(signArt({ code: 'B14', kmh: 90 })).toContainEqual(expect.objectContaining({ kind: 'text', text: '90' }));
    expect(signArt({ code: 'AB4' })).toContainEqual(expect.objectContaining({ kind: 'text', text: 'STOP' }));
    expect(signLabel({ code: 'B14', kmh: 90 })).toBe('B14-90');
  });

  it('lights only the lamp asked for on a traffic light', () => {
    const lamps = (lit: 'red' | 'green') => signArt({ code: 'R11v' }, lit).filter((s) => s.kind === 'circle').map((s) => (s as { fill: number }).fill);
    expect(lamps('red')).toEqual([0xc8102e, 0x3a3a3a, 0x3a3a3a]);
    expect(lamps('green')).toEqual([0x3a3a3a, 0x3a3a3a, 0x22a845]);
  });
});

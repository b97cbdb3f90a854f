import { describe, expect, it } from 'vitest';
import { loadSettings } from './settings';

const storage = (value: unknown) => ({ getItem: () => JSON.stringify(value) });

describe('screen settings', () => {
  it('defaults to French, antialiasing on, and the OS reduced-motion preference', () => {
    const s = loadSettings('', undefined, true);
    expect(s.language).toBe('fr');
    expect(s.antialias).toBe(true);
    expect(s.reducedMotion).toBe(true);
  });

  it('lets the query string override what is stored', () => {
    const s = loadSettings('?lang=en&antialias=0&volume=0.25', storage({ language: 'fr', antialias: true }), false);
    expect(s.language).toBe('en');
    expect(s.antialias).toBe(false);
    expect(s.volumes.master).toBe(0.25);
  });

  it('ignores an unknown language and out-of-range or broken values', () => {
    const s = loadSettings('?lang=xx&volume=7', { getItem: () => '{not json' }, false);
    expect(s.language).toBe('fr');
    expect(s.volumes.master).toBe(1);
  });

  it('limits the frame rate only when the query names a whole number of frames from 5 to 240', () => {
    expect(loadSettings('', undefined, false).fpsLimit).toBe(0);
    expect(loadSettings('?fps=20', undefined, false).fpsLimit).toBe(20);
    for (const fps of ['2', '20.5', 'abc', '500', '']) expect(loadSettings(`?fps=${fps}`, undefined, false).fpsLimit, fps).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { fitLine, fitText, type FittableText } from './text-fit';
import { THEME } from './theme';

/** A text measured like a monospace font: each character is half the type size wide; words wrap at the wrap width. */
class FakeText implements FittableText {
  style: { fontSize: string };
  private wrapWidth: number | null = null;

  constructor(
    public text: string,
    size: number,
  ) {
    this.style = { fontSize: `${size}px` };
  }

  private get size(): number {
    return parseInt(this.style.fontSize, 10);
  }

  private get lines(): string[] {
    if (this.wrapWidth === null) return [this.text];
    const perLine = Math.max(1, Math.floor(this.wrapWidth / (this.size / 2)));
    const lines: string[] = [];
    for (const word of this.text.split(' ')) {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  }

  get width(): number {
    return Math.max(...this.lines.map((line) => line.length)) * (this.size / 2);
  }

  get height(): number {
    return this.lines.length * this.size * 1.25;
  }

  setFontSize(size: number): void {
    this.style.fontSize = `${size}px`;
  }

  setText(value: string): void {
    this.text = value;
  }

  setWordWrapWidth(width: number | null): void {
    this.wrapWidth = width;
  }
}

describe('fitText', () => {
  it('leaves a text that fits at its size', () => {
    const text = fitText(new FakeText('Boire de l’eau', 56), { width: 1000, height: 100 });
    expect(text.style.fontSize).toBe('56px');
    expect(text.text).toBe('Boire de l’eau');
  });

  it('wraps and shrinks a long text until it fits its box', () => {
    const text = fitText(new FakeText('Combien de minutes d’activité physique par jour sont conseillées aux jeunes ?', 56), { width: 600, height: 160 });
    expect(text.height).toBeLessThanOrEqual(160);
    expect(text.width).toBeLessThanOrEqual(600);
    expect(parseInt(text.style.fontSize, 10)).toBeLessThan(56);
    expect(parseInt(text.style.fontSize, 10)).toBeGreaterThanOrEqual(THEME.size.small);
    expect(text.text).not.toContain('…');
  });

  it('never goes under THEME.size.small: a text too long even then loses its last words to "…"', () => {
    const long = Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' ');
    const text = fitText(new FakeText(long, 40), { width: 400, height: 90 });
    expect(text.style.fontSize).toBe(`${THEME.size.small}px`);
    expect(text.height).toBeLessThanOrEqual(90);
    expect(text.text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.text.slice(0, -1))).toBe(true);
  });

  it('refuses a minimum size under THEME.size.small and an empty box, saying which', () => {
    expect(() => fitText(new FakeText('a', 40), { width: 100, height: 100 }, { minSize: 24 })).toThrow(/minSize 24 is under THEME.size.small/);
    expect(() => fitText(new FakeText('Eau', 40), { width: 0, height: 100 })).toThrow(/box 0×100 has no room for "Eau"/);
  });
});

describe('fitLine', () => {
  it('cuts a name with "…" to the width', () => {
    const text = fitLine(new FakeText('Robot Rebelle 45', 32), 160);
    expect(text.width).toBeLessThanOrEqual(160);
    expect(text.text).toBe('Robot Reb…');
  });
});

import { describe, expect, it } from 'vitest';
import { CARD_CODE_ALPHABET } from '../../shared/player-card/card-code';
import { CODE_GRID_COLUMNS, CODE_GRID_ROWS, CodeEntry } from './code-entry';

describe('CodeEntry', () => {
  it('lays the 20 characters of the card alphabet on a 5 × 4 grid', () => {
    expect(CODE_GRID_COLUMNS * CODE_GRID_ROWS).toBe(CARD_CODE_ALPHABET.length);
  });

  it('moves the cursor over the grid and wraps at every edge', () => {
    const entry = new CodeEntry();
    entry.move(-1, 0);
    expect(entry.position).toEqual({ column: 4, row: 0 });
    entry.move(0, -1);
    expect(entry.position).toEqual({ column: 4, row: 3 });
    entry.move(1, 1);
    expect(entry.position).toEqual({ column: 0, row: 0 });
    entry.move(0, 2);
    expect(CARD_CODE_ALPHABET[entry.cursor]).toBe(CARD_CODE_ALPHABET[CODE_GRID_COLUMNS]);
  });

  it('adds the key under the cursor up to eight characters, and erases the last', () => {
    const entry = new CodeEntry();
    entry.move(1, 0); // C
    for (let i = 0; i < 10; i++) entry.add();
    expect(entry.typed).toBe('CCCCCCCC');
    expect(entry.complete).toBe(true);
    expect(entry.erase()).toBe(true);
    expect(entry.typed).toBe('CCCCCCC');
    expect(entry.complete).toBe(false);
  });

  it('takes typed characters in either case, refuses look-alikes, and follows with the cursor', () => {
    const entry = new CodeEntry();
    for (const key of 'hx7O0m-a349') entry.type(key);
    expect(entry.typed).toBe('HX7MA349');
    expect(CARD_CODE_ALPHABET[entry.cursor]).toBe('9');
    expect(entry.type('C')).toBe(false);
  });

  it('says when there is nothing left to erase', () => {
    const entry = new CodeEntry();
    expect(entry.erase()).toBe(false);
  });
});

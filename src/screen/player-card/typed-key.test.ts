import { describe, expect, it } from 'vitest';
import { typedKey } from './typed-key';

const key = (key: string, code: string, repeat = false) => typedKey({ key, code, repeat });

describe('typedKey', () => {
  it('types the characters of the card alphabet in either case, by the letter the key writes', () => {
    expect(key('h', 'KeyH')).toEqual({ character: 'H' });
    expect(key('A', 'KeyQ')).toEqual({ character: 'A' }); // "A" on an AZERTY keyboard
    expect(key('7', 'Digit7')).toEqual({ character: '7' });
  });

  it('ignores look-alikes, other keys and held keys repeating', () => {
    expect(key('o', 'KeyO')).toBeNull();
    expect(key('0', 'Digit0')).toBeNull();
    expect(key('Shift', 'ShiftLeft')).toBeNull();
    expect(key('h', 'KeyH', true)).toBeNull();
  });

  it('confirms, erases, goes back and moves with the usual keys', () => {
    expect(key('Enter', 'Enter')).toEqual({ action: 'confirm' });
    expect(key(' ', 'Space')).toEqual({ action: 'confirm' });
    expect(key('Backspace', 'Backspace')).toEqual({ action: 'erase' });
    expect(key('Escape', 'Escape')).toEqual({ action: 'cancel' });
    expect(key('ArrowLeft', 'ArrowLeft')).toEqual({ action: 'left' });
  });
});

import { describe, expect, it } from 'vitest';
import { THEME } from '../../sdk/scene/theme';
import { FACE_BUTTONS } from './face-buttons';

describe('the phone\'s answer buttons', () => {
  it('have the letters and colours of the big screen\'s face buttons', () => {
    expect(FACE_BUTTONS).toEqual(THEME.faceButtons);
  });
});

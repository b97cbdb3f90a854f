/**
 * The pad's face buttons as the big screen draws them (THEME.faceButtons in src/sdk/scene/theme.ts,
 * which an app may not import): a phone's answer A is the screen's answer A, same letter, same
 * colour, same place. face-buttons.test.ts keeps the two equal.
 */
export const FACE_BUTTONS = [
  { letter: 'A', colour: 0x2e9e44 },
  { letter: 'B', colour: 0xd8343a },
  { letter: 'X', colour: 0x2f6fd6 },
  { letter: 'Y', colour: 0xe2b400 },
] as const;

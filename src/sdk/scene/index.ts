// The scene side of the SDK: needs Phaser and a browser. Everything else a mini-game needs is in
// `src/sdk/index.ts`, which loads anywhere.

// The base class of every scene of a mini-game
export { RoundScene } from './round-scene';

// Big-screen look
/** The shared look: design size, safe area, font, type sizes, `palette` colours (0xRRGGBB), face buttons, keyboard keys. */
export { THEME, textStyle, cssColour } from './theme';
/** Fits a text in a box (wraps, shrinks never under THEME.size.small, then cuts with "…"); fits a one-line name to a width. */
export { fitText, fitLine } from './text-fit';
export type { FittableText } from './text-fit';

// Seats and buttons, drawn the same in every mini-game
export { drawSeatShape, seatMarker } from './seat-badge';
export { faceButton } from './face-button';
/** A tick and a cross drawn with lines: right and wrong by shape, whatever the fonts. */
export { drawTick, drawCross } from './marks';
/** The keyboard seats' keys for each face button, from THEME.choiceKeys. */
export { choiceKeyLabels, seatChoiceKey } from './choice-keys';

// Round pieces: each draws from the rules' state
/** The four-choice answers with per-seat locks and the reveal (right framed and ticked, wrong picks crossed, who chose what). */
export { AnswerPanel } from './answer-panel';
export type { AnswerPanelOptions, AnswerPanelLook } from './answer-panel';
/** Where each answer box sits, in a diamond like the pad or a list. */
export { answerBoxes } from './answer-panel-layout';
export type { AnswerLayout, Box } from './answer-panel-layout';
/** The time left to answer: a draining bar and the seconds. */
export { TimerBar } from './timer-bar';
/** One slot per seat: shape, colour, name, points, and its mark (thinking, locked, silent, points won). */
export { SeatStrip } from './seat-strip';
export type { SeatSlotLook } from './seat-strip';
/** The final standings from `standings()`: points, and accuracy with "answered n / m" apart. */
export { StandingsView } from './standings-view';
export type { StandingsOptions } from './standings-view';
/** What one standings line says, in the screen's language. */
export { standingTexts } from './standing-texts';
export type { StandingTexts } from './standing-texts';

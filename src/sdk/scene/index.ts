// The scene side of the SDK: needs Phaser and a browser. Everything else a mini-game needs is in
// `src/sdk/index.ts`, which loads anywhere.

// The base class of every scene of a mini-game
export { RoundScene } from './round-scene';

// Big-screen look
export { THEME, textStyle } from './theme';

// Seats and buttons, drawn the same in every mini-game
export { drawSeatShape, seatMarker } from './seat-badge';
export { faceButton } from './face-button';

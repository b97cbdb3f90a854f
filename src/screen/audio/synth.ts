/**
 * The shell's sounds are made here, in code, from notes: nothing is recorded or downloaded, and
 * their origin is this file (see assets/README.md). Each sound becomes a 16-bit mono WAV.
 */
export interface Note {
  /** Hz; 0 for a rest. */
  freq: number;
  ms: number;
  /** Peak level 0–1. */
  gain?: number;
  wave?: 'sine' | 'square' | 'triangle';
}

const RATE = 22_050;

function sample(wave: Note['wave'], phase: number): number {
  const p = phase % 1;
  if (wave === 'square') return p < 0.5 ? 0.6 : -0.6;
  if (wave === 'triangle') return 4 * Math.abs(p - 0.5) - 1;
  return Math.sin(2 * Math.PI * p);
}

/** Renders notes one after the other, each with a short attack and release so nothing clicks. */
export function renderNotes(notes: readonly Note[]): Float32Array {
  const total = notes.reduce((n, note) => n + Math.round((note.ms / 1000) * RATE), 0);
  const out = new Float32Array(total);
  let offset = 0;
  for (const note of notes) {
    const length = Math.round((note.ms / 1000) * RATE);
    const gain = note.gain ?? 0.5;
    const ramp = Math.min(length / 2, RATE * 0.01);
    for (let i = 0; i < length && note.freq > 0; i++) {
      const envelope = Math.min(1, i / ramp, (length - i) / ramp) * (1 - (0.5 * i) / length);
      out[offset + i] = gain * envelope * sample(note.wave, (note.freq * i) / RATE);
    }
    offset += length;
  }
  return out;
}

/** Encodes samples (-1..1) as a WAV file. */
export function encodeWav(samples: Float32Array): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, RATE, true);
  view.setUint32(28, RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, s)) * 0x7fff, true));
  return bytes;
}

const C5 = 523.25, E5 = 659.25, G5 = 783.99, C6 = 1046.5, A4 = 440, F4 = 349.23, D5 = 587.33;

/** The shell's effects, by the names the SDK documents. */
export const EFFECTS: Record<string, Note[]> = {
  confirm: [{ freq: G5, ms: 70, wave: 'triangle' }],
  correct: [{ freq: C5, ms: 90, wave: 'triangle' }, { freq: E5, ms: 90, wave: 'triangle' }, { freq: G5, ms: 160, wave: 'triangle' }],
  wrong: [{ freq: F4, ms: 140, wave: 'square', gain: 0.25 }, { freq: 311.13, ms: 220, wave: 'square', gain: 0.25 }],
  tick: [{ freq: C6, ms: 35, gain: 0.3 }],
  reveal: [{ freq: A4, ms: 80 }, { freq: D5, ms: 120 }],
  fanfare: [
    { freq: C5, ms: 120, wave: 'triangle' }, { freq: E5, ms: 120, wave: 'triangle' }, { freq: G5, ms: 120, wave: 'triangle' },
    { freq: C6, ms: 360, wave: 'triangle' },
  ],
  join: [{ freq: E5, ms: 60, wave: 'triangle' }, { freq: C6, ms: 90, wave: 'triangle' }],
  leave: [{ freq: C6, ms: 60, wave: 'triangle' }, { freq: E5, ms: 90, wave: 'triangle' }],
  move: [{ freq: 880, ms: 25, gain: 0.2 }],
};

/** A calm looping tune (8 bars of a I–vi–IV–V arpeggio) and a livelier one for rounds. */
export const TRACKS: Record<string, Note[]> = {
  calm: [261.63, 220, 174.61, 196].flatMap((root) =>
    [1, 1.25, 1.5, 2, 1.5, 1.25].map((ratio) => ({ freq: root * ratio, ms: 250, gain: 0.18, wave: 'sine' as const })),
  ),
  lively: [261.63, 220, 174.61, 196].flatMap((root) =>
    [1, 1.5, 2, 1.5, 1, 1.5, 2, 2.5].map((ratio) => ({ freq: root * ratio, ms: 160, gain: 0.15, wave: 'triangle' as const })),
  ),
};

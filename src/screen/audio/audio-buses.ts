import { Howl, Howler } from 'howler';
import { EFFECTS, TRACKS, encodeWav, renderNotes } from './synth';

export interface Volumes {
  master: number;
  music: number;
  effects: number;
}

function wavUrl(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:audio/wav;base64,${btoa(binary)}`;
}

/**
 * Two buses over Howler — music and effects — each under the master volume. Browsers keep audio
 * locked until a person acts; `unlock()` is called on the first input of any kind.
 */
export class AudioBuses {
  private readonly effects = new Map<string, Howl>();
  private readonly tracks = new Map<string, Howl>();
  /** A mini-game's own sounds, for the length of its round. */
  private readonly roundSounds = new Map<string, Howl>();
  private playing: { name: string; howl: Howl } | null = null;
  private unlocked = false;

  constructor(private volumes: Volumes) {
    for (const [name, notes] of Object.entries(EFFECTS)) this.effects.set(name, this.make(notes, false));
    for (const [name, notes] of Object.entries(TRACKS)) this.tracks.set(name, this.make(notes, true));
  }

  get volume(): Volumes {
    return { ...this.volumes };
  }

  /** The music playing now, for the monitoring snapshot. */
  get music(): string | null {
    return this.playing?.name ?? null;
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  setVolumes(volumes: Volumes): void {
    this.volumes = volumes;
    Howler.volume(volumes.master);
    this.playing?.howl.volume(volumes.music);
  }

  /** Called on the first press of anything: from then on sounds may play. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    Howler.volume(this.volumes.master);
    const ctx = Howler.ctx as AudioContext | undefined;
    void ctx?.resume?.();
    if (this.playing && !this.playing.howl.playing()) this.playing.howl.play();
  }

  /** Adds a mini-game's sounds (name → URL) until `removeRoundSounds()`; they play on the effects bus. */
  addRoundSounds(sounds: Readonly<Record<string, string>>): void {
    for (const [name, url] of Object.entries(sounds)) {
      const format = /\.(\w+)(?:\?.*)?$/.exec(url)?.[1]?.toLowerCase();
      this.roundSounds.set(name, new Howl({ src: [url], preload: true, ...(format ? { format: [format] } : {}) }));
    }
  }

  removeRoundSounds(): void {
    for (const howl of this.roundSounds.values()) howl.unload();
    this.roundSounds.clear();
  }

  /** The sounds a round may play now, for the monitoring snapshot. */
  get roundSoundNames(): string[] {
    return [...this.roundSounds.keys()];
  }

  play(name: string): void {
    const howl = this.roundSounds.get(name) ?? this.effects.get(name);
    if (!howl) throw new Error(`audio.play: no sound "${name}" (known: ${[...this.effects.keys(), ...this.roundSounds.keys()].join(', ')})`);
    if (!this.unlocked || this.volumes.effects <= 0) return;
    howl.volume(this.volumes.effects);
    howl.play();
  }

  playMusic(name: string | null): void {
    if (this.playing?.name === name) return;
    this.playing?.howl.stop();
    this.playing = null;
    if (name === null) return;
    const howl = this.tracks.get(name);
    if (!howl) throw new Error(`audio.music: no track "${name}" (known: ${[...this.tracks.keys()].join(', ')})`);
    howl.volume(this.volumes.music);
    this.playing = { name, howl };
    if (this.unlocked) howl.play();
  }

  private make(notes: Parameters<typeof renderNotes>[0], loop: boolean): Howl {
    return new Howl({ src: [wavUrl(encodeWav(renderNotes(notes)))], format: ['wav'], loop, preload: true });
  }
}

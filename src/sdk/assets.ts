/**
 * A mini-game's own images and sounds. The files sit in `games/<id>/assets/`; a module
 * `games/<id>/assets.ts` imports each as a URL (`import bin from './assets/bin.svg?url'`, which
 * the bundler turns into a hashed file) and names them with `defineAssets`. The definition loads
 * that module lazily (`assets: () => import('./assets')`), so the rules and the kit load in Node.
 */
export interface MiniGameAssets {
  /** Name → URL of a PNG, JPEG, WebP or SVG image. Drawn with `this.round.image(name)` as the texture key. */
  images?: Readonly<Record<string, string>>;
  /** Name → URL of an MP3, OGG or WAV sound. Played with `this.round.audio.play(name)`, through the centre's effects volume. */
  sounds?: Readonly<Record<string, string>>;
}

/** The shell's own effects, which every mini-game may play. */
export const SHELL_SOUNDS = ['confirm', 'correct', 'wrong', 'tick', 'reveal', 'fanfare', 'join', 'leave', 'move'] as const;
export type ShellSound = (typeof SHELL_SOUNDS)[number];

/** The sound names a mini-game's scenes may play: the shell's and its own. */
export type SoundName<Assets extends MiniGameAssets> = ShellSound | (Assets['sounds'] extends Readonly<Record<infer K, string>> ? K & string : never);
/** The image names a mini-game ships. */
export type ImageName<Assets extends MiniGameAssets> = Assets['images'] extends Readonly<Record<infer K, string>> ? K & string : never;

/** Names of assets are slugs, so texture keys (`<game>:<name>`) and messages stay readable. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Names a mini-game's assets, keeping their names as types: a scene that plays a sound the game
 * does not ship fails the type check, not the round.
 * @example
 * import bin from './assets/bin.svg?url';
 * import whistle from './assets/whistle.mp3?url';
 * export default defineAssets({ images: { bin }, sounds: { whistle } });
 */
export function defineAssets<const Assets extends MiniGameAssets>(assets: Assets): Assets {
  for (const kind of ['images', 'sounds'] as const) {
    for (const [name, url] of Object.entries(assets[kind] ?? {})) {
      if (!NAME.test(name)) throw new Error(`assets.${kind}: "${name}" must be lower-case words joined by hyphens`);
      if (kind === 'sounds' && (SHELL_SOUNDS as readonly string[]).includes(name)) throw new Error(`assets.sounds: "${name}" is a shell sound already; give yours another name`);
      if (typeof url !== 'string' || !url) throw new Error(`assets.${kind}.${name}: import the file as a URL, e.g. import ${name} from './assets/${name}.svg?url'`);
    }
  }
  return Object.freeze({ ...assets });
}

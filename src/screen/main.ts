import './csp';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import Phaser from 'phaser';
import { THEME } from '../sdk/scene/theme';
import { AudioBuses } from './audio/audio-buses';
import { CatalogueFeed } from './catalogue/catalogue-feed';
import { catalogueStorage, fetchCentreCatalogue } from './catalogue/catalogue-fetch';
import { installedGames } from './catalogue/installed';
import { loadSettings, saveSettings } from './settings';
import { Shell, parseQuickPlay } from './shell';
import { InputScene } from './input/input-scene';
import { BootScene } from './scenes/boot-scene';
import { AttractScene } from './scenes/attract-scene';
import { LobbyScene } from './scenes/lobby-scene';
import { CatalogueScene } from './scenes/catalogue-scene';
import { RoundHostScene } from './scenes/round-host-scene';
import { ResultsScene } from './scenes/results-scene';
import { LeaderboardScene } from './scenes/leaderboard-scene';
import { connectCentre } from './net/centre-link';
import { openScreenRoom } from './room/screen-room';
import { guardGameLoop } from './round/error-boundary';
import { installAutomation } from './automation/snapshot';
import { kiosk } from './kiosk';

const root = document.getElementById('screen') as HTMLElement;
const settings = loadSettings(location.search, globalThis.localStorage, matchMedia('(prefers-reduced-motion: reduce)').matches);
// Settings given in the address (a kiosk's start page) are kept for the next start. Without any,
// nothing is stored, so the system's reduced-motion preference keeps applying.
const SETTING_KEYS = ['lang', 'volume', 'antialias', 'reducedMotion', 'screen'];
if (SETTING_KEYS.some((key) => new URLSearchParams(location.search).has(key))) saveSettings(settings, globalThis.localStorage);
document.documentElement.lang = settings.language;
const games = installedGames();
// Packs come from the centre, checked here against the mini-games built in; a new catalogue
// waits for the round on screen to end.
const packs: CatalogueFeed = new CatalogueFeed({
  games,
  fetch: fetchCentreCatalogue(),
  saved: catalogueStorage(globalThis.localStorage),
  canApply: (): boolean => shell.round === null,
});
const shell: Shell = new Shell(settings, packs, games, new AudioBuses(settings.volumes), parseQuickPlay(location.search), connectCentre());
packs.onChange((catalogue) => {
  // "Play again" plays the pack as the centre has it now.
  const last = shell.lastPack && catalogue.entries.find((e) => e.pack.id === shell.lastPack?.pack.id);
  if (last) shell.lastPack = last;
});
void packs.load().then(() => packs.start());

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: root,
  width: THEME.width,
  height: THEME.height,
  backgroundColor: THEME.palette.background,
  banner: false,
  audio: { noAudio: true },
  input: { gamepad: true, keyboard: false },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  render: { antialias: true, antialiasGL: settings.antialias },
  fps: { limit: settings.fpsLimit },
  scene: [
    new BootScene(shell),
    new InputScene(shell),
    new AttractScene(shell),
    new LeaderboardScene(shell),
    new LobbyScene(shell),
    new CatalogueScene(shell),
    new RoundHostScene(shell),
    new ResultsScene(shell),
  ],
});

// The loop's callback is set when the game starts running, after READY: guard it from its first frame on.
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  guardGameLoop(game, (error) => {
    // While a round plays, a throw is the mini-game's until proven otherwise; the shell's own are logged.
    if (shell.round?.isPlaying) shell.round.fail(error);
    else console.error('[ludocite] a frame failed', error);
  });
});
window.addEventListener('error', (e) => {
  if (shell.round?.isPlaying) shell.round.fail(e.error ?? e.message);
});
window.addEventListener('unhandledrejection', (e) => {
  if (!shell.round?.isPlaying) return;
  e.preventDefault();
  shell.round.fail(e.reason);
});

shell.measureResources = () => ({
  inputListeners: shell.hub.listenerCount,
  scenes: game.scene.scenes.map((scene) => scene.sys.settings.key),
  textures: game.textures.getTextureKeys().length,
});
// Phones join through the screen's room on the centre; it waits for the pairing and reconnects by itself.
shell.room = openScreenRoom(shell);
// The loop's own frame count goes up at every animation frame, stepped or not: count the steps.
let steps = 0;
game.events.on(Phaser.Core.Events.POST_STEP, () => steps++);
installAutomation(shell, { version: __LUDOCITE_VERSION__, steps: () => steps });
kiosk(root);

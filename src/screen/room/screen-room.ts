import type { Shell } from '../shell';
import type { RoundRunner } from '../round/round-runner';
import { openBrowserRoomSocket } from './browser-socket';
import { PhoneSeats, type ScreenMoment } from './phone-seats';
import { phoneRound } from './phone-round';
import { RoomClient, type RoomStatus } from './room-client';

/** Where the screen keeps its room's code, so a reload reopens the same room. */
export const ROOM_STORAGE_KEY = 'ludocite.room';

/** How often, between a round's steps, phone seats are looked after (waiting phones seated, lobby views). */
const HOUSEKEEPING_MS = 250;

/** The screen's room: the connection to the centre and the phone seats it gives. */
export class ScreenRoom {
  private round: { runner: RoundRunner; off: () => void; phones: ReturnType<typeof phoneRound> } | null = null;

  constructor(
    readonly client: RoomClient,
    readonly phones: PhoneSeats,
  ) {}

  get status(): RoomStatus {
    return this.client.status;
  }

  /** The code to show, or null when there is none yet or the host hid it. */
  get shownCode(): string | null {
    const { status } = this.client;
    return status.connection === 'open' && !status.codeHidden ? status.code : null;
  }

  /** A round starts: its phone seats are sent their views after each of its steps. */
  attachRound(runner: RoundRunner): void {
    this.round?.off();
    const off = runner.onStep(() => this.phones.update());
    this.round = { runner, off, phones: phoneRound(runner) };
  }

  moment(shell: Pick<Shell, 'screen' | 'round'>): ScreenMoment {
    if (shell.screen === 'results') return { kind: 'results' };
    if (shell.round && this.round?.runner === shell.round && (shell.screen === 'round' || shell.round.isPlaying)) return { kind: 'round', round: this.round.phones };
    return { kind: 'lobby' };
  }
}

/** Opens the screen's room on the centre it was served from, with the credential it paired with. */
export function openScreenRoom(shell: Shell, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): ScreenRoom {
  let room: ScreenRoom | null = null;
  const kept = (() => {
    try {
      return storage?.getItem(ROOM_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  })();
  const client = new RoomClient({
    open: openBrowserRoomSocket,
    credential: () => shell.centre.screen?.credential ?? null,
    code: kept,
    onEvent: (event) => phones.handle(event),
    onStatus: (status) => {
      if (!status.code) return;
      try {
        storage?.setItem(ROOM_STORAGE_KEY, status.code);
      } catch {
        // Storage full or disabled: the room keeps its code until the page reloads.
      }
    },
  });
  const phones: PhoneSeats = new PhoneSeats({
    room: client,
    lobby: shell.lobby,
    emit: (event) => shell.hub.emit(event),
    moment: () => room?.moment(shell) ?? { kind: 'lobby' },
    signIn: (code, seat) => shell.centre.desk.signIn(code, seat),
    onActivity: () => {
      shell.hub.lastActivity = performance.now();
    },
  });
  room = new ScreenRoom(client, phones);
  setInterval(() => phones.update(), HOUSEKEEPING_MS);
  client.start();
  return room;
}

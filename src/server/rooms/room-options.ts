import { SEAT_GRACE_MS } from '../../shared/room/room-limits';
import type { BucketRule } from '../limits/token-buckets';

/** The server's side of rooms: times and limits (docs/operations.md, "Rooms", says how to set them). */
export interface RoomOptions {
  /** How long a dropped phone keeps its seat (SEAT_GRACE_MS; ROOM_SEAT_GRACE_S). */
  seatGraceMs: number;
  /**
   * How long a room outlives its screen's socket: a screen reloading or a server restarting is
   * back in seconds; a screen switched off frees its code and its phones after this.
   */
  roomGraceMs: number;
  /** Every socket is pinged this often; one that has not answered the previous ping is dropped (ROOM_HEARTBEAT_S). */
  heartbeatMs: number;
  /**
   * Frames one phone may send. A thumb presses at most about ten times a second; 25 a second
   * sustained lets the fastest play and the bench's 20 a second through, and a script flooding
   * its screen is held to 25. 120 at once lets through the presses a stalled Wi-Fi (or a server
   * busy for a few seconds) delivers together: the bench on a loaded machine lost presses to a
   * burst allowance of 60.
   */
  phoneFrames: BucketRule;
  /**
   * Wrong room codes from one address: 20, then one every 3 s. A person mistypes now and then; a
   * script trying codes finds an open room among 50,625 only after hours.
   */
  wrongCodes: BucketRule;
  /** Rooms the server holds at most: a centre has a few dozen screens. */
  maxRooms: number;
  /**
   * A socket whose unsent data passes this is dropped: a phone that stopped reading (a dead
   * radio the heartbeat has not caught yet) must not make the server hold its views.
   */
  maxBufferedBytes: number;
  /** The clock of the rate limits; tests may move it. */
  now: () => number;
}

export const DEFAULT_ROOM_OPTIONS: RoomOptions = {
  seatGraceMs: SEAT_GRACE_MS,
  roomGraceMs: 5 * 60_000,
  heartbeatMs: 15_000,
  phoneFrames: { capacity: 120, refillMs: 40 },
  wrongCodes: { capacity: 20, refillMs: 3_000 },
  maxRooms: 500,
  maxBufferedBytes: 1024 * 1024,
  now: () => performance.now(),
};

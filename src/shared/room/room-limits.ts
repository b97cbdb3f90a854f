/**
 * The numbers both ends of a room agree on. A connection speaks one protocol version, said once in
 * its first message (`open` from a screen, `join` or `rejoin` from a phone): a phone page cached
 * from an older build is told to reload rather than misread later messages.
 */
export const ROOM_PROTOCOL_VERSION = 1;

/** The WebSocket subprotocol both ends name, so a proxy or a log shows what the socket carries. */
export const ROOM_SUBPROTOCOL = `ludocite-room.${ROOM_PROTOCOL_VERSION}`;

/**
 * A browser cannot set `authorization` on a WebSocket, so a screen's page sends its credential as
 * a second subprotocol, `ludocite-screen.<credential>` (credentials are base64url: valid token
 * characters). The server answers with ROOM_SUBPROTOCOL only, so the credential is never echoed.
 * Node clients may send `authorization: Bearer <credential>` instead.
 */
export const SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX = 'ludocite-screen.';

/** Where a screen opens its room and where a phone joins one (same origin as the apps). */
export const ROOM_PATHS = { screen: '/api/rooms/screen', phone: '/api/rooms/phone' } as const;

/**
 * The largest frame a phone may send: its largest message, a join with a pseudonym, is under
 * 300 bytes. Anything bigger is refused unread past this size.
 */
export const PHONE_FRAME_LIMIT_BYTES = 1024;
/**
 * The largest frame a screen may send: a seat view with a question, four answers and an
 * explanation in the seat's language is a few kilobytes; 16 KiB leaves room without letting one
 * screen make the server hold megabytes per phone.
 */
export const SCREEN_FRAME_LIMIT_BYTES = 16 * 1024;

/** Seats a room holds for phones at most: a class or a holiday club (issue 12). */
export const ROOM_PHONE_SEATS = 30;

/**
 * How long a phone that dropped (screen lock, lost Wi-Fi, a reload) keeps its seat: it rejoins
 * with its resume token within this time and gets the same seat and points back.
 */
export const SEAT_GRACE_MS = 60_000;

/**
 * How a phone or a screen reconnects after its socket closes (server restart, Wi-Fi): wait
 * `initialMs`, then double up to `maxMs`, each wait ± `jitter` so thirty phones do not knock at
 * once when a restarted server comes back. A phone holding a token keeps trying `rejoin` until
 * SEAT_GRACE_MS has passed since it lost its socket (a refusal `room_away` means the screen has
 * not reopened the room yet: try again), then falls back to the code entry page.
 */
export const RECONNECT_BACKOFF = { initialMs: 500, maxMs: 8_000, jitter: 0.3 } as const;

/** The wait before reconnection attempt `attempt` (0 for the first), given a random number in [0, 1). */
export function reconnectDelayMs(attempt: number, random: number): number {
  const base = Math.min(RECONNECT_BACKOFF.maxMs, RECONNECT_BACKOFF.initialMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + RECONNECT_BACKOFF.jitter * (2 * random - 1)));
}

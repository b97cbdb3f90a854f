import { ROOM_PATHS, ROOM_SUBPROTOCOL, SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX } from '../../shared/room/room-limits';
import type { RoomSocketLike } from './room-client';

/**
 * A WebSocket to the room route of the centre the screen was served from. A browser cannot set
 * `authorization` on a WebSocket, so the screen's credential goes as a second subprotocol.
 */
export function openBrowserRoomSocket(credential: string): RoomSocketLike {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}${ROOM_PATHS.screen}`, [ROOM_SUBPROTOCOL, `${SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX}${credential}`]);
  const socket: RoomSocketLike = {
    send: (text) => ws.send(text),
    close: (code, reason) => ws.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
  };
  ws.onopen = () => socket.onopen?.();
  ws.onmessage = (event) => socket.onmessage?.({ data: event.data });
  ws.onclose = (event) => socket.onclose?.({ code: event.code });
  return socket;
}

/** The address a phone opens to join this screen's room: what the QR code carries. */
export function joinAddress(code: string, origin: string = location.origin): string {
  return `${origin}/play?room=${encodeURIComponent(code)}`;
}

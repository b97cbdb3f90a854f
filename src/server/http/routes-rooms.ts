import websocket from '@fastify/websocket';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { ROOM_PATHS, ROOM_SUBPROTOCOL, SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX, SCREEN_FRAME_LIMIT_BYTES } from '../../shared/room/room-limits';
import { TokenBuckets } from '../limits/token-buckets';
import { keepPressesYoung } from '../rooms/heap-tuning';
import { Heartbeat } from '../rooms/heartbeat';
import { PhoneLink, type PhoneContext } from '../rooms/phone-link';
import type { RoomRegistry } from '../rooms/room-registry';
import { CLOSE_CODES, RoomSocket } from '../rooms/room-socket';
import { ScreenLink } from '../rooms/screen-link';
import { screenOf } from '../screens/screen-auth';

/**
 * The hard cap of the WebSocket layer: a frame past it closes the socket (1009). Below it, a
 * frame past its side's own cap (PHONE_ or SCREEN_FRAME_LIMIT_BYTES) gets a `too_large` error
 * and the socket stays: a client with a bug learns what is wrong.
 */
const SOCKET_MAX_PAYLOAD = 4 * SCREEN_FRAME_LIMIT_BYTES;

/**
 * A browser cannot set `authorization` on a WebSocket: a screen's page sends its credential as
 * the subprotocol `ludocite-screen.<credential>` (room-limits.ts). Copied to the header before
 * the access guard of the screen route reads it, in that route's scope only.
 */
async function credentialFromSubprotocol(request: FastifyRequest): Promise<void> {
  if (request.headers.authorization !== undefined) return;
  const offered = request.headers['sec-websocket-protocol'];
  const credential = (typeof offered === 'string' ? offered.split(',') : [])
    .map((protocol) => protocol.trim())
    .find((protocol) => protocol.startsWith(SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX));
  if (credential) request.headers.authorization = `Bearer ${credential.slice(SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX.length)}`;
}

/**
 * Runs one frame's handling so that a fault of ours (never the frame's: frames are parsed first)
 * closes that one socket (1011) and is logged, rather than stopping the server for every room.
 */
function guarded(ws: WebSocket, log: FastifyBaseLogger, handle: () => void): void {
  try {
    handle();
  } catch (error) {
    log.error({ err: error }, 'a room frame failed');
    ws.close(CLOSE_CODES.internal, 'the server failed on this frame');
  }
}

function binaryOf(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/**
 * `GET /api/rooms/screen` (access `screen`) and `GET /api/rooms/phone` (access `public`): the
 * rooms' WebSockets, on the server's own port behind its security headers, access guards and
 * logging (docs/architecture.md, "Rooms", says why). docs/shared room messages: src/shared/room/.
 */
export async function registerRoomRoutes(app: FastifyInstance, registry: RoomRegistry): Promise<void> {
  keepPressesYoung();
  const options = registry.options;
  const heartbeat = new Heartbeat(options.heartbeatMs);
  const phoneContext: PhoneContext = {
    registry,
    frames: new TokenBuckets(options.phoneFrames, options.now),
    wrongCodes: new TokenBuckets(options.wrongCodes, options.now),
    now: options.now,
    log: app.log,
  };
  await app.register(websocket, {
    options: {
      maxPayload: SOCKET_MAX_PAYLOAD,
      // Only ever answer with the room protocol: never echo a screen's credential back.
      handleProtocols: (offered) => (offered.has(ROOM_SUBPROTOCOL) ? ROOM_SUBPROTOCOL : false),
    },
    preClose(done) {
      heartbeat.stop();
      registry.stop();
      // Clients reconnect with back-off on 1012 and take their rooms and seats back.
      for (const client of this.websocketServer.clients) client.close(CLOSE_CODES.restart, 'the centre server is restarting');
      this.websocketServer.close(() => done());
    },
  });

  const open = (ws: WebSocket) => {
    const socket = new RoomSocket(ws, options.maxBufferedBytes);
    heartbeat.watch(socket);
    return socket;
  };

  await app.register(async (scope) => {
    scope.addHook('onRequest', credentialFromSubprotocol);
    scope.get(ROOM_PATHS.screen, { websocket: true, config: { access: 'screen' } }, (ws, request) => {
      const link = new ScreenLink(open(ws), screenOf(request).id, registry, request.log);
      ws.on('message', (data, isBinary) => guarded(ws, request.log, () => link.frame(binaryOf(data), isBinary)));
      ws.on('close', () => guarded(ws, request.log, () => link.closed()));
    });
  });

  app.get(ROOM_PATHS.phone, { websocket: true, config: { access: 'public' } }, (ws, request) => {
    const link = new PhoneLink(open(ws), request.ip, phoneContext);
    ws.on('message', (data, isBinary) => guarded(ws, request.log, () => link.frame(binaryOf(data), isBinary)));
    ws.on('close', () => guarded(ws, request.log, () => link.closed()));
  });
}

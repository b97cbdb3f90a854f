import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { buildServer } from '../../../src/server/app';
import type { ServerConfig } from '../../../src/server/config';
import type { RoomOptions } from '../../../src/server/rooms/room-options';
import { pairedScreenSchema } from '../../../src/shared/api/screens';
import { ROOM_PATHS, ROOM_SUBPROTOCOL, SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX } from '../../../src/shared/room/room-limits';

/** A real centre server listening on loopback, with one paired screen; `restart` keeps its port and data. */
export interface RoomServer {
  app: FastifyInstance;
  port: number;
  credential: string;
  /** Pairs another screen (at most 9 more per server: pairing is rate-limited per address). */
  pairScreen(): Promise<string>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startRoomServer(rooms: Partial<RoomOptions> = {}): Promise<RoomServer> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-rooms-'));
  mkdirSync(join(folder, 'content'));
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: join(folder, 'data'),
    appsDir: join(folder, 'apps'),
    contentDir: join(folder, 'content'),
    logLevel: 'silent',
    timeZone: 'Europe/Paris',
    pairLoopbackScreens: true,
  };
  let app = await buildServer(config, { rooms });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const pairScreen = async () => {
    const paired = await app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: { name: 'room screen' } });
    return pairedScreenSchema.parse(paired.json()).credential;
  };
  const server: RoomServer = {
    app,
    port,
    credential: await pairScreen(),
    pairScreen,
    async restart() {
      await app.close();
      app = await buildServer(config, { rooms });
      await app.listen({ port, host: '127.0.0.1' });
      server.app = app;
    },
    async dispose() {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return server;
}

/** A WebSocket client that keeps every message it receives, to be awaited in order by type. */
export class TestClient {
  readonly received: Record<string, unknown>[] = [];
  closedWith: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Record<string, unknown>);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closedWith = { code, reason: String(reason) };
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message of `type` not yet taken; fails after `timeoutMs`. */
  async next<T = Record<string, unknown>>(type: string, timeoutMs = 3_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex((m) => m.type === type);
      if (index >= 0) return this.received.splice(index, 1)[0] as T;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${type}" within ${timeoutMs} ms; received ${JSON.stringify(this.received).slice(0, 400)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async closed(timeoutMs = 3_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closedWith) {
      if (Date.now() > deadline) throw new Error('the socket did not close');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.closedWith;
  }

  close(): void {
    this.ws.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function connect(url: string, protocols: string[], headers: Record<string, string> = {}): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols, { headers });
    const client = new TestClient(ws);
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** A screen's connection, its credential sent as a browser would (a subprotocol). */
export function connectScreen(server: RoomServer, credential = server.credential): Promise<TestClient> {
  return connect(`ws://127.0.0.1:${server.port}${ROOM_PATHS.screen}`, [ROOM_SUBPROTOCOL, `${SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX}${credential}`]);
}

export function connectPhone(server: RoomServer): Promise<TestClient> {
  return connect(`ws://127.0.0.1:${server.port}${ROOM_PATHS.phone}`, [ROOM_SUBPROTOCOL]);
}

/** A newly paired screen (its own room) with its room open: its code. */
export async function openRoom(server: RoomServer, open: Record<string, unknown> = {}): Promise<{ screen: TestClient; code: string; credential: string }> {
  const credential = await server.pairScreen();
  const screen = await connectScreen(server, credential);
  screen.send({ type: 'open', v: 1, ...open });
  const room = await screen.next<{ code: string }>('room');
  return { screen, code: room.code, credential };
}

let phoneCount = 0;

/** A phone seated by the screen (which accepts at once as seat `phone-<n>`): the phone, its seat and token. */
export async function seatPhone(server: RoomServer, screen: TestClient, code: string, seat = `phone-${++phoneCount}`) {
  const phone = await connectPhone(server);
  phone.send({ type: 'join', v: 1, code, player: { kind: 'guest', pseudonym: 'Renard Bleu', avatar: '🦊' }, language: 'fr' });
  const request = await screen.next<{ phone: string }>('seat.request');
  screen.send({ type: 'seat.accept', phone: request.phone, seat, style: 1 });
  const joined = await phone.next<{ seat: string; token: string }>('joined');
  const bound = await screen.next<{ resumeKey: string }>('seat.joined');
  return { phone, seat: joined.seat, token: joined.token, resumeKey: bound.resumeKey };
}

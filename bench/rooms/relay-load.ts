/**
 * The load of the rooms bench: phones pressing at a steady rate, each press stamped, each
 * arrival timed. `roomRelay` loads the centre server (phones → server → their room's screen);
 * `echoRelay` loads a bare `ws` echo server (client → server → client), the same hop count;
 * `bareRelay` loads a bare `ws` relay (phones → server → their room's screen, frames unread).
 *
 * Why two baselines: echo and rooms differ in more than the server's work. An echo socket carries
 * data both ways, so each side's TCP acknowledgement can ride on the next data segment; a phone's
 * socket only sends and a screen's only receives, so each press likely costs the kernel bare
 * acknowledgements besides its two data segments (one profile of the centre server showed
 * `writev`, kernel time, at 2.4 times echo's per press; one run at load 3.4 put the bare relay's
 * server CPU a press at 1.2 times echo's). That cost is real (a hall's phones and screens talk this
 * way too) and stays in the rooms figures; the bare relay has the rooms' traffic shape and none of
 * their work, so rooms ÷ bare relay is the cost of what the centre does to a press, and rooms ÷
 * echo the cost of that plus the shape of the traffic. Every mode's receiving sockets parse each message
 * once with JSON.parse and time it with the same performance.now() stamps.
 */
import WebSocket from 'ws';
import { ROOM_PATHS, ROOM_SUBPROTOCOL, SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX } from '../../src/shared/room/room-limits';
import { LatencyHistogram } from './latency-histogram';

export interface LoadPlan {
  phones: number;
  rooms: number;
  perSecond: number;
  warmupMs: number;
  measureMs: number;
  /** Called every `everyMs` during the measure (the soak's progress line). */
  progress?: { everyMs: number; report: (elapsedMs: number, load: LoadFigures) => void };
}

export interface LoadFigures {
  latency: LatencyHistogram;
  sent: number;
  received: number;
  /** Presses sent while timing: divided by the measure's length, the load the machine let through. */
  timedSent: number;
  /** Error messages the server sent the phones (a rate limit hit), by code. */
  errors: Record<string, number>;
}

/** Stamps of one phone's presses by their number, in a ring (a press older than 4,096 later ones is long lost). */
const RING = 4096;

function opened(ws: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presses at `perSecond` from every phone for warm-up plus measure; only presses sent during the
 * measure are timed. After the last press, waits for the stragglers before counting what was lost.
 */
async function drive(plan: LoadPlan, senders: ((n: number) => void)[], figures: LoadFigures, stamps: Float64Array[], measuring: { on: boolean }) {
  const period = 1000 / plan.perSecond;
  const timers: NodeJS.Timeout[] = [];
  senders.forEach((send, phone) => {
    let n = 0;
    const start = setTimeout(() => {
      timers.push(
        setInterval(() => {
          n++;
          stamps[phone]![n % RING] = measuring.on ? performance.now() : -1;
          send(n);
          figures.sent++;
          if (measuring.on) figures.timedSent++;
        }, period),
      );
    }, Math.random() * period);
    timers.push(start);
  });
  await pause(plan.warmupMs);
  measuring.on = true;
  const started = performance.now();
  let nextReport = plan.progress?.everyMs ?? Infinity;
  while (performance.now() - started < plan.measureMs) {
    await pause(Math.min(1000, plan.measureMs));
    const elapsed = performance.now() - started;
    if (plan.progress && elapsed >= nextReport) {
      plan.progress.report(elapsed, figures);
      nextReport += plan.progress.everyMs;
    }
  }
  measuring.on = false;
  for (const timer of timers) clearInterval(timer);
  // Stragglers: a loaded machine may hold presses for seconds; a lost one never comes.
  const drainUntil = performance.now() + 10_000;
  while (figures.received < figures.sent && performance.now() < drainUntil) await pause(100);
}

function timeArrival(figures: LoadFigures, stamps: Float64Array[], phone: number, n: number) {
  figures.received++;
  const sentAt = stamps[phone]![n % RING]!;
  if (sentAt >= 0) figures.latency.add(performance.now() - sentAt);
}

export async function echoRelay(port: number, plan: LoadPlan, onConnected?: () => Promise<void>): Promise<LoadFigures> {
  const figures: LoadFigures = { latency: new LatencyHistogram(), sent: 0, received: 0, timedSent: 0, errors: {} };
  const stamps = Array.from({ length: plan.phones }, () => new Float64Array(RING));
  const measuring = { on: false };
  const sockets = await Promise.all(Array.from({ length: plan.phones }, () => opened(new WebSocket(`ws://127.0.0.1:${port}/`))));
  sockets.forEach((ws, phone) =>
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { n: number };
      timeArrival(figures, stamps, phone, message.n);
    }),
  );
  await onConnected?.();
  const senders = sockets.map((ws) => (n: number) => ws.send(JSON.stringify({ type: 'input', action: { type: 'choice', choice: n % 4 }, n })));
  await drive(plan, senders, figures, stamps, measuring);
  for (const ws of sockets) ws.terminate();
  return figures;
}

export async function bareRelay(port: number, plan: LoadPlan, onConnected?: () => Promise<void>): Promise<LoadFigures> {
  const figures: LoadFigures = { latency: new LatencyHistogram(), sent: 0, received: 0, timedSent: 0, errors: {} };
  const stamps = Array.from({ length: plan.phones }, () => new Float64Array(RING));
  const measuring = { on: false };
  const base = `ws://127.0.0.1:${port}`;
  const seatOf = new Map<string, number>();
  const screens = await Promise.all(Array.from({ length: plan.rooms }, (_, room) => opened(new WebSocket(`${base}/screen?room=${room}`))));
  screens.forEach((ws, room) =>
    ws.on('message', (data) => {
      // The same reading as roomRelay's screens: one JSON.parse, one look-up by room and seat.
      const message = JSON.parse(String(data)) as { type: string; seat: string; n: number };
      if (message.type === 'seat.input') timeArrival(figures, stamps, seatOf.get(`${room}/${message.seat}`)!, message.n);
    }),
  );
  const seats = new Array<number>(plan.rooms).fill(0);
  const phones = await Promise.all(
    Array.from({ length: plan.phones }, async (_, phone) => {
      const room = phone % plan.rooms;
      const seat = `phone-${++seats[room]!}`;
      seatOf.set(`${room}/${seat}`, phone);
      return { ws: await opened(new WebSocket(`${base}/phone?room=${room}`)), seat };
    }),
  );
  await onConnected?.();
  // The phone sends what the centre would pass on (seat.input), as the bare server does not rewrite it.
  const senders = phones.map(
    ({ ws, seat }) =>
      (n: number) =>
        ws.send(JSON.stringify({ type: 'seat.input', seat, action: { type: 'choice', choice: n % 4 }, n })),
  );
  await drive(plan, senders, figures, stamps, measuring);
  for (const ws of [...phones.map((p) => p.ws), ...screens]) ws.terminate();
  return figures;
}

export async function roomRelay(port: number, credentials: readonly string[], plan: LoadPlan, onSeated?: () => Promise<void>): Promise<LoadFigures> {
  const figures: LoadFigures = { latency: new LatencyHistogram(), sent: 0, received: 0, timedSent: 0, errors: {} };
  const stamps = Array.from({ length: plan.phones }, () => new Float64Array(RING));
  const measuring = { on: false };
  const base = `ws://127.0.0.1:${port}`;
  const seatOf = new Map<string, number>();
  const screens = await Promise.all(
    credentials.slice(0, plan.rooms).map(async (credential, room) => {
      const ws = await opened(new WebSocket(`${base}${ROOM_PATHS.screen}`, [ROOM_SUBPROTOCOL, `${SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX}${credential}`]));
      let seats = 0;
      const code = new Promise<string>((resolve) => {
        ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as { type: string; code: string; phone: string; seat: string; n: number };
          if (message.type === 'seat.input') return timeArrival(figures, stamps, seatOf.get(`${room}/${message.seat}`)!, message.n);
          if (message.type === 'room') resolve(message.code);
          if (message.type === 'seat.request') ws.send(JSON.stringify({ type: 'seat.accept', phone: message.phone, seat: `phone-${++seats}`, style: seats % 6 }));
        });
      });
      ws.send(JSON.stringify({ type: 'open', v: 1 }));
      return { ws, code: await code };
    }),
  );
  const phones = await Promise.all(
    Array.from({ length: plan.phones }, async (_, phone) => {
      const room = phone % plan.rooms;
      const ws = await opened(new WebSocket(`${base}${ROOM_PATHS.phone}`, [ROOM_SUBPROTOCOL]));
      const joined = new Promise<void>((resolve, reject) => {
        ws.once('message', (data) => {
          const message = JSON.parse(String(data)) as { type: string; seat: string; message?: string };
          if (message.type !== 'joined') return reject(new Error(`phone ${phone} not seated: ${String(data)}`));
          seatOf.set(`${room}/${message.seat}`, phone);
          resolve();
        });
      });
      ws.send(JSON.stringify({ type: 'join', v: 1, code: screens[room]!.code, player: { kind: 'guest', pseudonym: 'Renard Bleu', avatar: '🦊' }, language: 'fr' }));
      await joined;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; code?: string };
        if (message.type === 'error') figures.errors[message.code ?? '?'] = (figures.errors[message.code ?? '?'] ?? 0) + 1;
      });
      return ws;
    }),
  );
  await onSeated?.();
  const senders = phones.map((ws) => (n: number) => ws.send(JSON.stringify({ type: 'input', action: { type: 'choice', choice: n % 4 }, n })));
  await drive(plan, senders, figures, stamps, measuring);
  for (const ws of [...phones, ...screens.map((s) => s.ws)]) ws.terminate();
  return figures;
}

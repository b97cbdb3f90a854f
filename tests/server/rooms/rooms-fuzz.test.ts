import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePhoneMessage, parseScreenMessage, type ParsedMessage } from '../../../src/shared/room/parse-message';
import { PHONE_TO_SERVER } from '../../../src/shared/room/phone-messages';
import { SCREEN_TO_SERVER } from '../../../src/shared/room/screen-messages';
import { PHONE_FRAME_LIMIT_BYTES, SCREEN_FRAME_LIMIT_BYTES } from '../../../src/shared/room/room-limits';
import { connectPhone, connectScreen, openRoom, startRoomServer, type RoomServer, type TestClient } from './room-clients';

/**
 * Every message type, sent broken in every way fast-check finds (fields dropped, replaced by any
 * JSON value, added, the whole message nested or not JSON, binary, oversized): the server must
 * answer each frame the shared parser refuses with an `error` of the same code, and stay up.
 */

let server: RoomServer;
let code: string;
let credential: string;

beforeAll(async () => {
  // No rate limit here: the limit has its own test, and the fuzz sends hundreds of frames a second.
  server = await startRoomServer({ phoneFrames: { capacity: 1_000_000, refillMs: 1 }, wrongCodes: { capacity: 1_000_000, refillMs: 1 } });
  ({ code, credential } = await openRoom(server));
}, 30_000);
afterAll(async () => server.dispose());

const PHONE_SAMPLES: Record<string, Record<string, unknown>> = {
  join: { type: 'join', v: 1, code: 'AAAA', player: { kind: 'guest', pseudonym: 'Renard Bleu', avatar: '🦊' }, language: 'fr' },
  rejoin: { type: 'rejoin', v: 1, code: 'AAAA', token: 'x'.repeat(43) },
  input: { type: 'input', action: { type: 'choice', choice: 1 }, n: 3 },
  language: { type: 'language', language: 'en' },
  leave: { type: 'leave' },
  ping: { type: 'ping', t: 1 },
};
const SCREEN_SAMPLES: Record<string, Record<string, unknown>> = {
  open: { type: 'open', v: 1, code: 'AAAA', locked: false, codeHidden: false, seats: [{ seat: 'phone-1', style: 0, resumeKey: 'a'.repeat(64) }] },
  'seat.accept': { type: 'seat.accept', phone: 'ph-abc', seat: 'phone-1', style: 0 },
  'seat.refuse': { type: 'seat.refuse', phone: 'ph-abc', reason: 'full' },
  'seat.wait': { type: 'seat.wait', phone: 'ph-abc' },
  'seat.view': { type: 'seat.view', seat: 'phone-1', layout: 'choices4', view: { prompt: 'Q' } },
  'seat.remove': { type: 'seat.remove', seat: 'phone-1' },
  host: { type: 'host', command: 'lock' },
  ping: { type: 'ping', t: 2 },
};

type Frame = string | Buffer;

/** A sample of one type, broken one way. */
function brokenFrames(samples: Record<string, Record<string, unknown>>, limitBytes: number): fc.Arbitrary<Frame> {
  const broken = fc
    .tuple(fc.constantFrom(...Object.keys(samples)), fc.constantFrom('drop', 'replace', 'add', 'nest'), fc.nat(), fc.jsonValue())
    .map(([type, how, index, value]) => {
      const message: Record<string, unknown> = structuredClone(samples[type]!);
      const keys = Object.keys(message);
      const key = keys[index % keys.length]!;
      if (how === 'drop') delete message[key];
      if (how === 'replace') message[key] = value;
      if (how === 'add') message[`extra${index % 3}`] = value;
      return JSON.stringify(how === 'nest' ? [message, value] : message);
    });
  return fc.oneof(
    { weight: 6, arbitrary: broken },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ type: 'ping', t: 1, pad: 'x'.repeat(limitBytes) })) },
  );
}

let pingCount = 0;

/** Sends `frame`, then a ping, and returns the errors the server answered before its pong. */
async function answersTo(client: TestClient, frame: Frame): Promise<Record<string, unknown>[]> {
  client.ws.send(frame, { binary: Buffer.isBuffer(frame) });
  const t = ++pingCount;
  client.send({ type: 'ping', t });
  for (;;) {
    const pong = await client.next<{ t: number }>('pong');
    if (pong.t === t) break;
  }
  const errors = client.received.filter((m) => m.type === 'error');
  client.received.length = 0;
  return errors;
}

/** Frames that would end the connection on purpose (a valid leave, another version) are sent too, on a fresh socket each time. */
async function checkSide(
  side: 'phone' | 'screen',
  connect: () => Promise<TestClient>,
  parse: (frame: unknown) => ParsedMessage<unknown>,
  frames: fc.Arbitrary<Frame>,
): Promise<void> {
  let client = await connect();
  await fc.assert(
    fc.asyncProperty(frames, async (frame) => {
      if (client.closedWith) client = await connect();
      const expected = parse(frame);
      if (expected.ok) {
        if (expected.message && (expected.message as { type: string }).type === 'leave') return;
        await answersTo(client, frame);
        return;
      }
      if (expected.error.code === 'version') {
        client.ws.send(frame);
        expect(await client.next('error')).toMatchObject({ code: 'version' });
        expect((await client.closed()).code).toBe(1008);
        return;
      }
      const errors = await answersTo(client, frame);
      expect(errors, `${side} frame ${String(frame).slice(0, 120)}`).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: expected.error.code });
      expect(String(errors[0]!.message).length).toBeGreaterThan(10);
    }),
    { numRuns: 400 },
  );
  client.close();
}

describe('the room protocol under bad frames', () => {
  it('has a sample of every message type each side sends, so a new type is fuzzed too', () => {
    expect(Object.keys(PHONE_SAMPLES).sort()).toEqual(Object.keys(PHONE_TO_SERVER).sort());
    expect(Object.keys(SCREEN_SAMPLES).sort()).toEqual(Object.keys(SCREEN_TO_SERVER).sort());
  });
  it('answers every bad phone frame with the error the shared parser gives, and stays up', async () => {
    await checkSide('phone', () => connectPhone(server), parsePhoneMessage, brokenFrames(PHONE_SAMPLES, PHONE_FRAME_LIMIT_BYTES));
  }, 60_000);

  it('answers every bad screen frame likewise', async () => {
    // The fuzzing screen is a second connection of the room's screen: each takes the room over.
    const openScreen = async () => {
      const client = await connectScreen(server, credential);
      client.send({ type: 'open', v: 1 });
      await client.next('room');
      return client;
    };
    await checkSide('screen', openScreen, parseScreenMessage, brokenFrames(SCREEN_SAMPLES, SCREEN_FRAME_LIMIT_BYTES));
  }, 60_000);

  it('closes a socket sending a frame past the WebSocket cap (1009), and still seats the next phone', async () => {
    const phone = await connectPhone(server);
    phone.ws.send('x'.repeat(200_000));
    expect((await phone.closed()).code).toBe(1009);
    const owner = await connectScreen(server, credential);
    owner.send({ type: 'open', v: 1 });
    await owner.next('room');
    const next = await connectPhone(server);
    next.send({ type: 'join', v: 1, code, player: { kind: 'guest', pseudonym: 'Renard Bleu', avatar: '🦊' }, language: 'fr' });
    await owner.next('seat.request');
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});

describe('the phone rate limit', () => {
  it('drops a flood past the bucket with one rate_limited error saying when to send again', async () => {
    const limited = await startRoomServer({ phoneFrames: { capacity: 5, refillMs: 1_000 } });
    try {
      const phone = await connectPhone(limited);
      for (let i = 0; i < 40; i++) phone.send({ type: 'ping', t: i });
      const error = await phone.next<{ retryMs: number }>('error');
      expect(error).toMatchObject({ code: 'rate_limited' });
      expect(error.retryMs).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(phone.received.filter((m) => m.type === 'pong')).toHaveLength(5);
      expect(phone.received.filter((m) => m.type === 'error')).toHaveLength(0);
    } finally {
      await limited.dispose();
    }
  });
});

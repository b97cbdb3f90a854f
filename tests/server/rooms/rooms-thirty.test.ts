import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOM_PHONE_SEATS } from '../../../src/shared/room/room-limits';
import { connectPhone, openRoom, startRoomServer, type RoomServer, type TestClient } from './room-clients';

let server: RoomServer;

beforeAll(async () => {
  server = await startRoomServer();
});
afterAll(async () => server.dispose());

const PRESSES = 10;

it('seats 30 phones in one room, relays each one\'s presses to the screen and the screen\'s views to each, and refuses the 31st', async () => {
  const { screen, code } = await openRoom(server);
  // The screen as a quiz would run it: a seat for every phone, and a view answering each press.
  let seats = 0;
  const inputs: { seat: string; n: number; choice: number }[] = [];
  screen.ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; phone?: string; seat?: string; n?: number; action?: { choice: number } };
    if (message.type === 'seat.request') screen.send({ type: 'seat.accept', phone: message.phone, seat: `phone-${++seats}`, style: seats % 6 });
    if (message.type === 'seat.input') {
      inputs.push({ seat: message.seat!, n: message.n!, choice: message.action!.choice });
      screen.send({ type: 'seat.view', seat: message.seat, layout: 'choices4', view: { locked: message.action!.choice, n: message.n } });
    }
  });

  const phones: TestClient[] = [];
  for (let i = 0; i < ROOM_PHONE_SEATS; i++) {
    const phone = await connectPhone(server);
    phone.send({ type: 'join', v: 1, code, player: { kind: 'guest', pseudonym: `Renard ${i + 10}`, avatar: '🦊' }, language: i % 2 ? 'fr' : 'en' });
    phones.push(phone);
  }
  const joined = await Promise.all(phones.map((phone) => phone.next<{ seat: string }>('joined')));
  expect(new Set(joined.map((j) => j.seat)).size).toBe(ROOM_PHONE_SEATS);

  const extra = await connectPhone(server);
  extra.send({ type: 'join', v: 1, code, player: { kind: 'guest', pseudonym: 'Renard Tard', avatar: '🦊' }, language: 'fr' });
  expect(await extra.next('refused')).toMatchObject({ reason: 'full' });

  for (let n = 1; n <= PRESSES; n++) {
    phones.forEach((phone, i) => phone.send({ type: 'input', action: { type: 'choice', choice: (i + n) % 4 }, n }));
  }
  await Promise.all(
    phones.map(async (phone, i) => {
      for (let n = 1; n <= PRESSES; n++) expect(await phone.next('view')).toEqual({ type: 'view', layout: 'choices4', view: { locked: (i + n) % 4, n } });
    }),
  );
  expect(inputs).toHaveLength(ROOM_PHONE_SEATS * PRESSES);
  joined.forEach(({ seat }, i) => {
    const own = inputs.filter((input) => input.seat === seat);
    expect(own.map((input) => input.n)).toEqual(Array.from({ length: PRESSES }, (_, k) => k + 1));
    expect(own.map((input) => input.choice)).toEqual(Array.from({ length: PRESSES }, (_, k) => (i + k + 1) % 4));
  });
}, 30_000);

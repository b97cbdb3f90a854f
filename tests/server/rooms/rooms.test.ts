import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema } from '../../../src/shared/api/health';
import { connectPhone, connectScreen, openRoom, seatPhone, startRoomServer, type RoomServer } from './room-clients';

let server: RoomServer;

beforeAll(async () => {
  server = await startRoomServer({ seatGraceMs: 400 });
});
afterAll(async () => server.dispose());

const guest = { kind: 'guest', pseudonym: 'Loutre Agile', avatar: '🐼' };

describe('a screen opens its room', () => {
  it('is refused without a screen credential, or with a wrong one', async () => {
    await expect(connectScreen(server, 'not-a-credential')).rejects.toThrow('401');
  });

  it('gets a four-letter code and the room state, and is told to open before anything else', async () => {
    const screen = await connectScreen(server);
    screen.send({ type: 'seat.view', seat: 'phone-1', layout: 'wait', view: {} });
    expect(await screen.next('error')).toMatchObject({ code: 'out_of_turn', about: 'seat.view' });
    screen.send({ type: 'open', v: 1 });
    const room = await screen.next<{ code: string }>('room');
    expect(room).toMatchObject({ locked: false, codeHidden: false, phones: 0 });
    expect(room.code).toMatch(/^[ACEFHJKMNPRTWXY]{4}$/);
    screen.close();
  });
});

describe('a phone joins by code', () => {
  it('joins, sends presses that reach the screen, and draws the views the screen sends', async () => {
    const { screen, code } = await openRoom(server);
    const phone = await connectPhone(server);
    phone.send({ type: 'input', action: { type: 'confirm' } });
    expect(await phone.next('error')).toMatchObject({ code: 'out_of_turn' });
    phone.send({ type: 'language', language: 'en' });
    expect(await phone.next('error')).toMatchObject({ code: 'out_of_turn', about: 'language' });
    phone.send({ type: 'join', v: 1, code: code.toLowerCase(), player: guest, language: 'en' });
    const request = await screen.next<{ phone: string }>('seat.request');
    expect(request).toMatchObject({ player: guest, language: 'en' });
    screen.send({ type: 'seat.accept', phone: request.phone, seat: 'phone-1', style: 3 });
    const joined = await phone.next<{ token: string }>('joined');
    expect(joined).toMatchObject({ seat: 'phone-1', style: 3, graceMs: 400 });
    expect(joined.token.length).toBeGreaterThan(30);
    expect(await screen.next('seat.joined')).toMatchObject({ phone: request.phone, seat: 'phone-1' });

    phone.send({ type: 'input', action: { type: 'choice', choice: 2 }, n: 1 });
    expect(await screen.next('seat.input')).toEqual({ type: 'seat.input', seat: 'phone-1', action: { type: 'choice', choice: 2 }, n: 1 });
    screen.send({ type: 'seat.view', seat: 'phone-1', layout: 'choices4', view: { locked: 2 } });
    expect(await phone.next('view')).toEqual({ type: 'view', layout: 'choices4', view: { locked: 2 } });

    phone.send({ type: 'language', language: 'fr' });
    expect(await screen.next('seat.language')).toEqual({ type: 'seat.language', seat: 'phone-1', language: 'fr' });
    screen.close();
  });

  it('is refused an unknown code, a name the filter refuses, and a seat the screen says is taken', async () => {
    const { screen, code } = await openRoom(server);
    const phone = await connectPhone(server);
    const other = code === 'AAAA' ? 'CCCC' : 'AAAA';
    phone.send({ type: 'join', v: 1, code: other, player: guest, language: 'fr' });
    expect(await phone.next('refused')).toMatchObject({ reason: 'unknown_code' });
    phone.send({ type: 'join', v: 1, code: 'I0I0', player: guest, language: 'fr' });
    expect(await phone.next('error')).toMatchObject({ code: 'invalid', issues: [{ path: 'code' }] });
    phone.send({ type: 'join', v: 1, code, player: { ...guest, pseudonym: 'lea@mail.fr' }, language: 'fr' });
    expect(await phone.next('refused')).toMatchObject({ reason: 'name_refused' });
    phone.send({ type: 'join', v: 1, code, player: guest, language: 'fr' });
    const request = await screen.next<{ phone: string }>('seat.request');
    screen.send({ type: 'seat.refuse', phone: request.phone, reason: 'full' });
    expect(await phone.next('refused')).toMatchObject({ reason: 'full' });
    // The phone may ask again; a card already seated at the screen is told so in words.
    phone.send({ type: 'join', v: 1, code, player: { kind: 'card', code: 'KXTR-4M7P' }, language: 'fr' });
    const again = await screen.next<{ phone: string }>('seat.request');
    screen.send({ type: 'seat.refuse', phone: again.phone, reason: 'card_seated' });
    expect(await phone.next('refused')).toMatchObject({ reason: 'card_seated', message: 'this player card already plays a seat at this screen' });
    screen.close();
  });
});

describe('host controls', () => {
  it('lock refuses new phones, hides the code, and remove ends a seat', async () => {
    const { screen, code } = await openRoom(server);
    const seated = await seatPhone(server, screen, code);
    screen.send({ type: 'host', command: 'lock' });
    expect(await screen.next('room')).toMatchObject({ locked: true, phones: 1 });
    screen.send({ type: 'host', command: 'hideCode' });
    expect(await screen.next('room')).toMatchObject({ locked: true, codeHidden: true });
    const late = await connectPhone(server);
    late.send({ type: 'join', v: 1, code, player: guest, language: 'fr' });
    expect(await late.next('refused')).toMatchObject({ reason: 'locked' });

    screen.send({ type: 'seat.remove', seat: seated.seat });
    expect(await seated.phone.next('removed')).toMatchObject({ reason: 'host' });
    expect((await seated.phone.closed()).code).toBe(4000);
    screen.send({ type: 'seat.remove', seat: seated.seat });
    expect(await screen.next('error')).toMatchObject({ code: 'unknown_seat', about: 'seat.remove' });
    const back = await connectPhone(server);
    back.send({ type: 'rejoin', v: 1, code, token: seated.token });
    expect(await back.next('refused')).toMatchObject({ reason: 'unknown_token' });

    screen.send({ type: 'host', command: 'unlock' });
    expect(await screen.next('room')).toMatchObject({ locked: false });
    late.send({ type: 'join', v: 1, code, player: guest, language: 'fr' });
    await screen.next('seat.request');
    screen.close();
  });
});

describe('reconnection', () => {
  it('gives a dropped phone its seat back with its token within the grace time, and frees it after', async () => {
    const { screen, code } = await openRoom(server);
    const seated = await seatPhone(server, screen, code, 'phone-7');
    seated.phone.ws.terminate();
    expect(await screen.next('seat.away')).toMatchObject({ seat: 'phone-7', graceMs: 400 });
    const health = healthSchema.parse((await server.app.inject({ url: '/api/health' })).json());
    expect(health.rooms.seatsAway).toBe(1);
    expect(health.rooms.rooms).toBeGreaterThan(0);
    const again = await connectPhone(server);
    again.send({ type: 'rejoin', v: 1, code, token: seated.token });
    expect(await again.next('joined')).toMatchObject({ seat: 'phone-7', style: 1, token: seated.token });
    expect(await screen.next('seat.back')).toMatchObject({ seat: 'phone-7' });
    again.send({ type: 'input', action: { type: 'back' } });
    expect(await screen.next('seat.input')).toMatchObject({ seat: 'phone-7' });

    again.ws.terminate();
    await screen.next('seat.away');
    expect(await screen.next('seat.gone', 2_000)).toMatchObject({ seat: 'phone-7', reason: 'timeout' });
    const late = await connectPhone(server);
    late.send({ type: 'rejoin', v: 1, code, token: seated.token });
    expect(await late.next('refused')).toMatchObject({ reason: 'unknown_token' });
    screen.close();
  });

  it('tells a phone joining mid-round to wait, and seats it when the screen accepts at the next round', async () => {
    const { screen, code } = await openRoom(server);
    const phone = await connectPhone(server);
    phone.send({ type: 'join', v: 1, code, player: guest, language: 'fr' });
    const request = await screen.next<{ phone: string }>('seat.request');
    screen.send({ type: 'seat.wait', phone: request.phone });
    expect(await phone.next('waiting')).toEqual({ type: 'waiting', reason: 'round_running' });
    phone.send({ type: 'input', action: { type: 'confirm' } });
    expect(await phone.next('error')).toMatchObject({ code: 'out_of_turn' });
    screen.send({ type: 'seat.accept', phone: request.phone, seat: 'phone-9', style: 0 });
    expect(await phone.next('joined')).toMatchObject({ seat: 'phone-9' });
    screen.close();
  });

  it('lets a phone that says leave go at once, and withdraws a waiting phone that closes', async () => {
    const { screen, code } = await openRoom(server);
    const seated = await seatPhone(server, screen, code);
    seated.phone.send({ type: 'leave' });
    expect(await screen.next('seat.gone')).toMatchObject({ seat: seated.seat, reason: 'left' });
    const waiting = await connectPhone(server);
    waiting.send({ type: 'join', v: 1, code, player: guest, language: 'fr' });
    const request = await screen.next<{ phone: string }>('seat.request');
    waiting.close();
    expect(await screen.next('request.gone')).toEqual({ type: 'request.gone', phone: request.phone });
    screen.close();
  });

  it('keeps the room while its screen reloads: the new connection takes it back with the same code', async () => {
    const { screen, code, credential } = await openRoom(server, { locked: true });
    const seated = await seatPhoneUnlocked(screen, code);
    const reloaded = await connectScreen(server, credential);
    reloaded.send({ type: 'open', v: 1, code, seats: [{ seat: seated.seat, style: 1, resumeKey: seated.resumeKey }] });
    expect(await reloaded.next('room')).toMatchObject({ code, locked: true, phones: 1 });
    expect((await screen.closed()).code).toBe(4001);
    seated.phone.send({ type: 'input', action: { type: 'confirm' } });
    expect(await reloaded.next('seat.input')).toMatchObject({ seat: seated.seat });
    reloaded.close();
  });
});

/** Seats a phone in a locked room by unlocking it for the join. */
async function seatPhoneUnlocked(screen: Awaited<ReturnType<typeof openRoom>>['screen'], code: string) {
  screen.send({ type: 'host', command: 'unlock' });
  await screen.next('room');
  const seated = await seatPhone(server, screen, code);
  screen.send({ type: 'host', command: 'lock' });
  await screen.next('room');
  return seated;
}

describe('the heartbeat', () => {
  it('drops a phone that stops answering pings, and the screen sees its seat away', async () => {
    const quick = await startRoomServer({ heartbeatMs: 100 });
    try {
      const { screen, code } = await openRoom(quick);
      const seated = await seatPhone(quick, screen, code, 'phone-2');
      // A dead radio: the socket stays open but nothing answers. ws answers pings by itself, so pause it.
      seated.phone.ws.pause();
      expect(await screen.next('seat.away', 2_000)).toMatchObject({ seat: 'phone-2' });
      screen.close();
    } finally {
      await quick.dispose();
    }
  });
});

describe('a server restart', () => {
  it('lets the screen reopen its room with the same code and the phone rejoin with its token', async () => {
    const restarting = await startRoomServer();
    try {
      const { screen, code } = await openRoom(restarting);
      const seated = await seatPhone(restarting, screen, code, 'phone-4');
      await restarting.restart();
      expect((await screen.closed()).code).toBe(1012);
      expect((await seated.phone.closed()).code).toBe(1012);

      const early = await connectPhone(restarting);
      early.send({ type: 'rejoin', v: 1, code, token: seated.token });
      expect(await early.next('refused')).toMatchObject({ reason: 'unknown_code' });

      const reopened = await connectScreen(restarting);
      reopened.send({ type: 'open', v: 1, code, seats: [{ seat: 'phone-4', style: 1, resumeKey: seated.resumeKey }] });
      expect(await reopened.next('room')).toMatchObject({ code, phones: 1 });
      expect(await reopened.next('seat.away')).toMatchObject({ seat: 'phone-4' });
      early.send({ type: 'rejoin', v: 1, code, token: seated.token });
      expect(await early.next('joined')).toMatchObject({ seat: 'phone-4', style: 1 });
      expect(await reopened.next('seat.back')).toMatchObject({ seat: 'phone-4' });
      reopened.close();
    } finally {
      await restarting.dispose();
    }
  });
});

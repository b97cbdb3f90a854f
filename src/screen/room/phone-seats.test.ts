import { describe, expect, it } from 'vitest';
import { SEAT_STYLES } from '../../shared/seat-style';
import type { InputEvent } from '../input/events';
import { Lobby } from '../lobby/lobby';
import { localise, PhoneSeats, wholeSeconds, type PhoneRound, type ScreenMoment } from './phone-seats';
import type { RoomEvent } from './room-client';

const KEY = 'b'.repeat(64);

/** The room as phone seats use it, recording every call. */
function fakeRoom() {
  const calls: unknown[][] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  return {
    calls,
    accept: record('accept'),
    refuse: record('refuse'),
    wait: record('wait'),
    view: (...args: unknown[]) => (calls.push(['view', ...args]), true),
    remove: record('remove'),
    keep: record('keep'),
    forget: record('forget'),
  };
}

function setup() {
  const room = fakeRoom();
  const lobby = new Lobby();
  const inputs: InputEvent[] = [];
  let moment: ScreenMoment = { kind: 'lobby' };
  const seats = new PhoneSeats({
    room,
    lobby,
    emit: (e) => inputs.push(e),
    moment: () => moment,
    signIn: async (code) => (code === 'KXTR-4M7P' ? { id: 'card-1', pseudonym: 'Panda Rapide 42', avatar: '🐼' } : null),
  });
  const calls = (name: string) => room.calls.filter((c) => c[0] === name).map((c) => c.slice(1));
  return { room, lobby, inputs, seats, calls, setMoment: (m: ScreenMoment) => (moment = m) };
}

const guest = (phone: string, pseudonym = 'Lynx Calme 12'): RoomEvent => ({ type: 'seat.request', phone, player: { kind: 'guest', pseudonym, avatar: '🦉' }, language: 'en' });

/** A round with phone seats whose views the test sets. */
function round(seatIds: string[], views: Record<string, Record<string, unknown>>, playing = true): PhoneRound {
  return { playing, seatIds, layout: 'choices4', seatView: (seat) => views[seat] ?? null };
}

describe('PhoneSeats', () => {
  it('seats a phone in the lobby beside a pad, with the next colour and shape, once the room confirms it', async () => {
    const { lobby, seats, calls } = setup();
    lobby.join('pad-0');
    seats.handle(guest('ph-a'));
    await Promise.resolve();
    expect(calls('accept')).toEqual([['ph-a', 'phone-1', 1]]);
    expect(lobby.seat('phone-1')).toBeUndefined();
    seats.handle({ type: 'seat.joined', phone: 'ph-a', seat: 'phone-1', resumeKey: KEY });
    expect(lobby.seat('phone-1')).toMatchObject({ input: 'phone', pseudonym: 'Lynx Calme 12', avatar: '🦉', style: SEAT_STYLES[1], ready: true, number: 2 });
    expect(calls('keep')).toEqual([[{ seat: 'phone-1', style: 1, resumeKey: KEY }]]);
    // In the lobby the phone shows its lobby page: a wait layout with no phase, sent once.
    seats.update();
    seats.update();
    expect(calls('view')).toEqual([['phone-1', 'wait', {}]]);
  });

  it('gives two phones asking at once two different seats', async () => {
    const { seats, calls } = setup();
    seats.handle(guest('ph-a'));
    seats.handle(guest('ph-b', 'Ours Brun 7'));
    await Promise.resolve();
    expect(calls('accept')).toEqual([['ph-a', 'phone-1', 0], ['ph-b', 'phone-2', 1]]);
  });

  it('signs a card in for its phone, and refuses a code that is no card’s, or a card already playing here', async () => {
    const { lobby, seats, calls } = setup();
    seats.handle({ type: 'seat.request', phone: 'ph-c', player: { kind: 'card', code: 'KXTR-4M7P' }, language: 'fr' });
    seats.handle({ type: 'seat.request', phone: 'ph-d', player: { kind: 'card', code: 'AAAA-AAAA' }, language: 'fr' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls('accept')).toEqual([['ph-c', 'phone-1', 0]]);
    expect(calls('refuse')).toEqual([['ph-d', 'card_unknown']]);
    seats.handle({ type: 'seat.joined', phone: 'ph-c', seat: 'phone-1', resumeKey: KEY });
    expect(lobby.seat('phone-1')).toMatchObject({ playerCard: { id: 'card-1', pseudonym: 'Panda Rapide 42' }, avatar: '🐼' });
    // The same card from a second phone: it already plays here, and the phone is told so.
    seats.handle({ type: 'seat.request', phone: 'ph-e', player: { kind: 'card', code: 'KXTR-4M7P' }, language: 'fr' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls('refuse')).toEqual([['ph-d', 'card_unknown'], ['ph-e', 'card_seated']]);
  });

  it('makes a phone that asks mid-round wait, and seats it once the round is over', async () => {
    const { lobby, seats, calls, setMoment } = setup();
    setMoment({ kind: 'round', round: round([], {}) });
    seats.handle(guest('ph-e'));
    await Promise.resolve();
    expect(calls('wait')).toEqual([['ph-e']]);
    expect(seats.waitingCount).toBe(1);
    seats.update();
    expect(calls('accept')).toEqual([]);
    setMoment({ kind: 'results' });
    seats.update();
    await Promise.resolve();
    expect(calls('accept')).toEqual([['ph-e', 'phone-1', 0]]);
    expect(seats.waitingCount).toBe(0);
    seats.handle({ type: 'seat.joined', phone: 'ph-e', seat: 'phone-1', resumeKey: KEY });
    expect(lobby.phoneSeats.map((s) => s.id)).toEqual(['phone-1']);
  });

  it('forgets a waiting phone that left', async () => {
    const { seats, calls, setMoment } = setup();
    setMoment({ kind: 'round', round: round([], {}) });
    seats.handle(guest('ph-f'));
    await Promise.resolve();
    seats.handle({ type: 'request.gone', phone: 'ph-f' });
    setMoment({ kind: 'lobby' });
    seats.update();
    await Promise.resolve();
    expect(seats.waitingCount).toBe(0);
    expect(calls('accept')).toEqual([]);
  });

  it('turns a phone’s presses into the input hub’s events, for its seat only', async () => {
    const { seats, inputs } = setup();
    seats.handle(guest('ph-a'));
    await Promise.resolve();
    seats.handle({ type: 'seat.joined', phone: 'ph-a', seat: 'phone-1', resumeKey: KEY });
    seats.handle({ type: 'seat.input', seat: 'phone-1', action: { type: 'choice', choice: 3 } });
    seats.handle({ type: 'seat.input', seat: 'phone-1', action: { type: 'step', x: -1, y: 0 } });
    seats.handle({ type: 'seat.input', seat: 'phone-1', action: { type: 'confirm' } });
    seats.handle({ type: 'seat.input', seat: 'phone-9', action: { type: 'confirm' } });
    expect(inputs).toEqual([
      { type: 'choice', device: 'phone-1', choice: 3 },
      { type: 'step', device: 'phone-1', x: -1, y: 0 },
      { type: 'confirm', device: 'phone-1' },
    ]);
  });

  it('sends each phone seat its own view in its language, only when it changed, and again when its phone comes back', async () => {
    const { seats, calls, lobby, setMoment } = setup();
    seats.handle(guest('ph-a'));
    await Promise.resolve();
    seats.handle({ type: 'seat.joined', phone: 'ph-a', seat: 'phone-1', resumeKey: KEY });
    const views: Record<string, Record<string, unknown>> = { 'phone-1': { phase: 'open', choices: [{ fr: 'Vrai', en: 'True' }, { fr: 'Faux', en: 'False' }] } };
    setMoment({ kind: 'round', round: round(['phone-1', 'pad-0'], views) });
    seats.update();
    seats.update();
    expect(calls('view')).toEqual([['phone-1', 'choices4', { phase: 'open', choices: ['True', 'False'] }]]);
    views['phone-1'] = { phase: 'reveal', mark: { outcome: 'correct', points: 150 } };
    seats.update();
    expect(calls('view')).toHaveLength(2);

    // The phone drops: the seat stays, away; the round goes on. It comes back and is sent its view again.
    seats.handle({ type: 'seat.away', seat: 'phone-1', graceMs: 60_000 });
    expect(lobby.seat('phone-1')).toMatchObject({ away: true });
    seats.update();
    expect(calls('view')).toHaveLength(2);
    seats.handle({ type: 'seat.back', seat: 'phone-1' });
    expect(lobby.seat('phone-1')!.away).toBeUndefined();
    expect(calls('view')).toHaveLength(3);
    expect(calls('view')[2]).toEqual(['phone-1', 'choices4', { phase: 'reveal', mark: { outcome: 'correct', points: 150 } }]);
  });

  it('sends a seat its texts again in the language its player switched to, in the round and on the results', async () => {
    const { seats, calls, setMoment } = setup();
    seats.handle(guest('ph-a'));
    await Promise.resolve();
    seats.handle({ type: 'seat.joined', phone: 'ph-a', seat: 'phone-1', resumeKey: KEY });
    const views = { 'phone-1': { phase: 'reveal', explanation: { fr: 'Le feu est rouge.', en: 'The light is red.' } } };
    setMoment({ kind: 'round', round: round(['phone-1'], views) });
    seats.update();
    seats.handle({ type: 'seat.language', seat: 'phone-1', language: 'fr' });
    expect(calls('view').map((c) => c[2])).toEqual([
      { phase: 'reveal', explanation: 'The light is red.' },
      { phase: 'reveal', explanation: 'Le feu est rouge.' },
    ]);
    // On the results the round no longer draws: the last view is sent again, in the language asked for.
    setMoment({ kind: 'results' });
    seats.handle({ type: 'seat.language', seat: 'phone-1', language: 'en' });
    expect(calls('view').at(-1)).toEqual(['phone-1', 'choices4', { phase: 'reveal', explanation: 'The light is red.' }]);
    // A seat this screen does not hold is not made up.
    seats.handle({ type: 'seat.language', seat: 'phone-9', language: 'fr' });
    expect(calls('view')).toHaveLength(3);
  });

  it('lets a seat whose grace time passed go from the lobby and from the next reopen', async () => {
    const { seats, calls, lobby } = setup();
    seats.handle(guest('ph-a'));
    await Promise.resolve();
    seats.handle({ type: 'seat.joined', phone: 'ph-a', seat: 'phone-1', resumeKey: KEY });
    seats.handle({ type: 'seat.gone', seat: 'phone-1', reason: 'timeout' });
    expect(lobby.seat('phone-1')).toBeUndefined();
    expect(calls('forget')).toEqual([['phone-1']]);
    seats.removeSeat('phone-2');
    expect(calls('remove')).toEqual([['phone-2']]);
  });

  it('refuses a phone once thirty seats are taken', async () => {
    const { seats, calls, lobby } = setup();
    for (let i = 1; i <= 30; i++) lobby.joinPhone(`phone-${i}`, { avatar: '🐼' });
    seats.handle(guest('ph-z'));
    await Promise.resolve();
    expect(calls('refuse')).toEqual([['ph-z', 'full']]);
  });
});

describe('wholeSeconds', () => {
  it('sends the time left in whole seconds, so a view changes once a second rather than every step', () => {
    expect(wholeSeconds({ phase: 'open', timeLeftMs: 12_345 })).toEqual({ phase: 'open', timeLeftMs: 13_000 });
    expect(wholeSeconds({ phase: 'open', timeLeftMs: 12_001 })).toEqual(wholeSeconds({ phase: 'open', timeLeftMs: 12_950 }));
    expect(wholeSeconds({ phase: 'reveal', timeLeftMs: null })).toEqual({ phase: 'reveal', timeLeftMs: null });
  });
});

describe('localise', () => {
  it('picks the phone’s language in texts given in every language, and leaves the rest', () => {
    expect(localise({ a: { fr: 'Oui', en: 'Yes' }, b: [1, { fr: 'x', en: 'y' }], c: { fr: 'only' } }, 'en')).toEqual({ a: 'Yes', b: [1, 'y'], c: { fr: 'only' } });
  });
});

import { describe, expect, it } from 'vitest';
import type { ServerToPhone } from '../../shared/room/phone-messages';
import { SEAT_STYLES } from '../../shared/seat-style';
import { initialState, reduce, type ControllerEvent } from './controller-state';
import type { ControllerState } from './page';

const server = (message: ServerToPhone): ControllerEvent => ({ type: 'server', message });
const run = (events: ControllerEvent[], from: ControllerState = initialState('', '🦊')) => events.reduce(reduce, from);

const joined: ServerToPhone = { type: 'joined', seat: 'phone-3', style: 2, token: 'a'.repeat(32), graceMs: 60_000 };
const quizView = (view: Record<string, unknown>): ServerToPhone => ({ type: 'view', layout: 'choices4', view });
const open = { phase: 'open', index: 1, total: 5, locked: false, points: 120, correct: 1, answered: 1, items: 1 };

/** A guest who typed the code, picked a name and an avatar and pressed Join. */
const seated = run([
  { type: 'code-entered', code: 'HXMA' },
  { type: 'suggestions', pseudonyms: ['Panda Rapide 42', 'Lynx Calme 17'] },
  { type: 'pseudonym-chosen', pseudonym: 'Lynx Calme 17' },
  { type: 'avatar-chosen', avatar: '🐼' },
  { type: 'joining', code: 'HXMA', player: { pseudonym: 'Lynx Calme 17', avatar: '🐼' } },
  { type: 'socket', up: true },
  server(joined),
]);

describe('joining a room', () => {
  it('goes from the code to the name page, then to the lobby with the seat granted', () => {
    expect(run([{ type: 'code-entered', code: 'HXMA' }]).page).toMatchObject({ kind: 'identity', code: 'HXMA', mode: 'guest', pseudonym: null, avatar: '🦊' });
    expect(seated.page).toEqual({ kind: 'lobby', nextRound: false });
    expect(seated.seat).toEqual({ seatId: 'phone-3', style: SEAT_STYLES[2], pseudonym: 'Lynx Calme 17', avatar: '🐼' });
    expect(seated.connection).toBe('online');
  });

  it('takes a style past the six of SEAT_STYLES round again, so a 30-seat room still draws one', () => {
    const far = run([{ type: 'joining', code: 'HXMA', player: { pseudonym: 'Lama Sage 30', avatar: '🐢' } }, server({ ...joined, style: 9 } as ServerToPhone)]);
    expect(far.seat?.style).toEqual(SEAT_STYLES[3]);
  });

  it('waits for the next round when it joins during one, then is seated when it starts', () => {
    const waiting = run([{ type: 'joining', code: 'HXMA', player: { pseudonym: 'Orque Libre 55', avatar: '🐙' } }, server({ type: 'waiting', reason: 'round_running' })]);
    expect(waiting.page).toEqual({ kind: 'lobby', nextRound: true });
    expect(waiting.seat).toBeNull();
    expect(reduce(waiting, server(joined)).page).toEqual({ kind: 'lobby', nextRound: false });
  });

  it('goes back to the code with the reason when the room refuses the code', () => {
    const joining = run([{ type: 'code-entered', code: 'HXMA' }, { type: 'joining', code: 'HXMA', player: { pseudonym: 'Panda Rapide 42', avatar: '🐼' } }]);
    for (const [reason, problem] of [['unknown_code', 'unknown-room'], ['locked', 'room-locked'], ['full', 'room-full'], ['room_away', 'room-away']] as const) {
      const after = reduce(joining, server({ type: 'refused', reason, message: 'no' }));
      expect(after.page, reason).toEqual({ kind: 'code', code: 'HXMA', problem });
      expect(after.player, reason).toBeNull();
    }
  });

  it('goes back to the name page for a refused name, an unknown card or one already playing, saying which', () => {
    const joining = run([{ type: 'code-entered', code: 'HXMA' }, { type: 'joining', code: 'HXMA', player: { pseudonym: 'Panda Rapide 42', avatar: '🐼' } }]);
    expect(reduce(joining, server({ type: 'refused', reason: 'name_refused', message: 'no' })).page).toMatchObject({ kind: 'identity', code: 'HXMA', mode: 'guest', problem: 'name-refused', pseudonym: null });
    expect(reduce(joining, server({ type: 'refused', reason: 'card_unknown', message: 'no' })).page).toMatchObject({ kind: 'identity', mode: 'card', problem: 'card-unknown' });
    expect(reduce(joining, server({ type: 'refused', reason: 'card_seated', message: 'no' })).page).toMatchObject({ kind: 'identity', mode: 'card', problem: 'card-seated' });
  });

  it('says a code of the wrong form at once, keeping what was typed', () => {
    expect(run([{ type: 'code-refused', code: 'HX', problem: 'format' }]).page).toEqual({ kind: 'code', code: 'HX', problem: 'format' });
  });
});

describe('a round of four-choice questions', () => {
  it('draws the four answers while a question is open, and marks the one pressed', () => {
    const asked = reduce(seated, server(quizView(open)));
    expect(asked.page).toMatchObject({ kind: 'round', layout: { kind: 'choices4', offered: [0, 1, 2, 3], picked: null, locked: false }, progress: { index: 1, total: 5 }, feedback: null });
    const pressed = reduce(asked, { type: 'choice-pressed', choice: 2 });
    expect(pressed.page).toMatchObject({ layout: { picked: 2 } });
    // The screen's next view says the seat locked but not which answer: the phone keeps its own.
    const locked = reduce(pressed, server(quizView({ ...open, locked: true })));
    expect(locked.page).toMatchObject({ layout: { kind: 'choices4', picked: 2, locked: true } });
    expect(reduce(locked, { type: 'choice-pressed', choice: 0 })).toBe(locked);
  });

  it('forgets the pressed answer when the next question opens', () => {
    const pressed = run([server(quizView(open)), { type: 'choice-pressed', choice: 3 }], seated);
    expect(reduce(pressed, server(quizView({ ...open, index: 2 }))).page).toMatchObject({ layout: { picked: null, locked: false } });
  });

  it('shows the seat its own feedback at the reveal: right or wrong, points, the explanation, its rank', () => {
    const right = reduce(seated, server(quizView({ ...open, phase: 'reveal', locked: true, mark: { outcome: 'correct', points: 80, response: '2' }, explanation: 'Parce que.', rank: 2, seats: 12 })));
    expect(right.page).toMatchObject({ kind: 'round', feedback: { outcome: 'correct', points: 80, explanation: 'Parce que.' }, rank: { rank: 2, seats: 12 }, tally: { points: 120 } });
    const wrong = reduce(seated, server(quizView({ ...open, phase: 'reveal', mark: { outcome: 'wrong', points: 0 } })));
    expect(wrong.page).toMatchObject({ feedback: { outcome: 'wrong', points: 0, explanation: null } });
    const none = reduce(seated, server(quizView({ ...open, phase: 'reveal', mark: { outcome: 'unanswered', points: 0 } })));
    expect(none.page).toMatchObject({ feedback: { outcome: 'unanswered' } });
  });

  it('says "get ready" before a question opens, and shows the results at the end', () => {
    expect(reduce(seated, server(quizView({ ...open, phase: 'intro' }))).page).toMatchObject({ kind: 'round', intro: true, layout: { kind: 'wait' } });
    const over = reduce(seated, server(quizView({ phase: 'over', index: 4, total: 5, points: 410, correct: 3, answered: 4, items: 5, rank: 1, seats: 9 })));
    expect(over.page).toEqual({ kind: 'results', tally: { points: 410, correct: 3, answered: 4, items: 5 }, rank: { rank: 1, seats: 9 } });
  });

  it('draws a d-pad or a wait when the game asks, and the lobby for a wait with no round', () => {
    expect(reduce(seated, server({ type: 'view', layout: 'dpad', view: {} })).page).toMatchObject({ kind: 'round', layout: { kind: 'dpad' } });
    expect(reduce(seated, server({ type: 'view', layout: 'wait', view: { phase: 'settle' } })).page).toMatchObject({ kind: 'round', layout: { kind: 'wait' } });
    expect(reduce(seated, server({ type: 'view', layout: 'wait', view: {} })).page).toEqual({ kind: 'lobby', nextRound: false });
  });

  it('reads a view field of the wrong type as absent, never trusting it', () => {
    const odd = reduce(seated, server(quizView({ phase: 'reveal', index: 'one', total: -3, mark: { outcome: 'maybe', points: 5 }, choices: [1, 2], explanation: 7, points: 'lots' })));
    expect(odd.page).toEqual({ kind: 'round', layout: { kind: 'choices4', offered: [0, 1, 2, 3], labels: null, picked: null, locked: true }, progress: null, intro: false, feedback: null, tally: null, rank: null });
  });

  it('offers only the answers the screen names, with their texts', () => {
    const two = reduce(seated, server(quizView({ ...open, choices: ['Vrai', 'Faux'] })));
    expect(two.page).toMatchObject({ layout: { offered: [0, 1], labels: { 0: 'Vrai', 1: 'Faux' } } });
  });

  it('ignores views before a seat is granted', () => {
    const waiting = run([{ type: 'joining', code: 'HXMA', player: { pseudonym: 'Orque Libre 55', avatar: '🐙' } }, server({ type: 'waiting', reason: 'round_running' })]);
    expect(reduce(waiting, server(quizView(open)))).toBe(waiting);
  });
});

describe('drops and returns', () => {
  it('lays "reconnecting" over the page it showed, and takes the seat back on the same round page', () => {
    const asked = run([server(quizView(open)), { type: 'choice-pressed', choice: 1 }], seated);
    const dropped = reduce(asked, { type: 'socket', up: false });
    expect(dropped.connection).toBe('reconnecting');
    expect(dropped.page).toBe(asked.page);
    expect(reduce(dropped, { type: 'socket', up: true }).connection).toBe('reconnecting');
    const back = run([{ type: 'socket', up: true }, server(joined)], dropped);
    expect(back.connection).toBe('online');
    expect(back.page).toBe(asked.page);
    expect(back.seat?.seatId).toBe('phone-3');
  });

  it('starts again from the code, with it filled in, when the seat was not kept', () => {
    const lost = reduce(reduce(seated, { type: 'socket', up: false }), server({ type: 'refused', reason: 'unknown_token', message: 'gone' }));
    expect(lost.page).toEqual({ kind: 'code', code: 'HXMA', problem: 'seat-lost' });
    expect(lost.seat).toBeNull();
    expect(lost.connection).toBe('idle');
  });

  it('keeps the seat while a rejoin waits for the screen to reopen its room', () => {
    const away = reduce(seated, server({ type: 'refused', reason: 'room_away', message: 'soon' }));
    expect(away).toBe(seated);
  });

  it('tells the player when the host removed the seat or the room closed, and that the big screen is away', () => {
    expect(reduce(seated, server({ type: 'removed', reason: 'host' })).page).toEqual({ kind: 'ended', reason: 'host' });
    expect(reduce(seated, server({ type: 'removed', reason: 'room_closed' })).seat).toBeNull();
    const away = reduce(seated, server({ type: 'screen', present: false }));
    expect(away.screenAway).toBe(true);
    expect(reduce(away, server({ type: 'screen', present: true })).screenAway).toBe(false);
  });

  it('does not show "reconnecting" on the code page, where no socket is expected', () => {
    const start = initialState();
    expect(reduce(start, { type: 'socket', up: false })).toBe(start);
  });
});

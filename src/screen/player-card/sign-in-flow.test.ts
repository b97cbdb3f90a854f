import { describe, expect, it } from 'vitest';
import type { PackMastery } from '../../shared/api/card-mastery';
import type { IssuedPlayerCard, PlayerCardView } from '../../shared/api/player-cards';
import type { NewPlayerCardBody } from '../../shared/api/new-player-card';
import type { Avatar } from '../../shared/seat-style';
import { CARD_CODE_ALPHABET } from '../../shared/player-card/card-code';
import { CODE_GRID_COLUMNS } from './code-entry';
import { SignInFlow, type PlayerCardDesk, type SignInAction } from './sign-in-flow';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const panda: PlayerCardView = { id: 'card-1', pseudonym: 'Panda Rapide 42', avatar: '🐼' };
const unreachable = new TypeError('fetch failed');
const conflict = Object.assign(new Error('taken'), { status: 409 });

/** A desk answering from a few cards; each call can be made to fail or to hang. */
function setup(
  options: { cards?: Record<string, PlayerCardView>; down?: boolean; createFails?: unknown[]; seatedElsewhere?: string[]; signInFails?: unknown; progress?: PackMastery[] | Error } = {},
) {
  const created: NewPlayerCardBody[] = [];
  const signedIn: (PlayerCardView | null)[] = [];
  const failures = [...(options.createFails ?? [])];
  let names = 0;
  const signInSeats: string[] = [];
  const desk: PlayerCardDesk = {
    signIn: async (code, seat) => {
      if (options.down) throw unreachable;
      if (options.signInFails) throw options.signInFails;
      signInSeats.push(seat);
      return options.cards?.[code] ?? null;
    },
    suggestPseudonyms: async (count) => {
      if (options.down) throw unreachable;
      return Array.from({ length: count }, () => `Lynx Calme ${10 + names++}`);
    },
    progress: async () => {
      if (options.progress instanceof Error) throw options.progress;
      return options.progress ?? [];
    },
    createPlayerCard: async (card): Promise<IssuedPlayerCard> => {
      const failure = failures.shift();
      if (failure) throw failure;
      created.push(card);
      return { id: 'card-new', pseudonym: card.pseudonym, avatar: card.avatar as Avatar, code: 'HX7MA349' };
    },
  };
  let changes = 0;
  const flow = new SignInFlow(
    'pad-0',
    desk,
    {
      avatar: () => '🦊',
      seatedElsewhere: (id) => options.seatedElsewhere?.includes(id) ?? false,
      signIn: (card) => signedIn.push(card),
      signOut: () => signedIn.push(null),
    },
    () => changes++,
  );
  const press = (...actions: SignInAction[]) => actions.forEach((a) => flow.press(a));
  return { flow, press, created, signedIn, signInSeats, changes: () => changes };
}

/** Moves the cursor to each character of `code` with the d-pad and presses A, as a player would. */
function enterWithPad(flow: SignInFlow, code: string) {
  for (const character of code) {
    const target = CARD_CODE_ALPHABET.indexOf(character);
    while (Math.floor(flow.code.cursor / CODE_GRID_COLUMNS) !== Math.floor(target / CODE_GRID_COLUMNS)) flow.press('down');
    while (flow.code.cursor !== target) flow.press('right');
    flow.press('confirm');
  }
}

describe('SignInFlow', () => {
  it('signs a seat in with a code entered on the pad', async () => {
    const { flow, press, signedIn } = setup({ cards: { HX7MA349: panda } });
    press('confirm'); // menu: "I have a card"
    expect(flow.step).toEqual({ kind: 'code', problem: null });
    enterWithPad(flow, 'HX7MA349');
    expect(flow.code.typed).toBe('HX7MA349');
    press('confirm');
    expect(flow.step.kind).toBe('checking');
    await settle();
    expect(flow.step).toEqual({ kind: 'welcome', card: panda, progress: 'none', page: 0 });
    expect(signedIn).toEqual([panda]);
    press('confirm');
    expect(flow.isOpen).toBe(false);
  });

  it('shows the card\'s page: its progress per pack played, turned with left and right', async () => {
    const pack = (id: string): PackMastery => ({ pack: id, objectives: [{ objective: `${id}/a`, pKnown: 0.4, answers: 3 }] });
    const { flow, press } = setup({ cards: { HX7MA349: panda }, progress: [pack('sante-sport'), pack('panneaux')] });
    press('confirm');
    for (const c of 'HX7MA349') flow.type(c);
    press('confirm');
    await settle();
    expect(flow.step).toEqual({ kind: 'welcome', card: panda, progress: [pack('sante-sport'), pack('panneaux')], page: 0 });
    press('right');
    expect(flow.step).toMatchObject({ kind: 'welcome', page: 1 });
    press('right');
    expect(flow.step).toMatchObject({ page: 0 });
    press('left');
    expect(flow.step).toMatchObject({ page: 1 });
    press('back');
    expect(flow.isOpen).toBe(false);

    // The centre cannot say: the welcome stands without it.
    const away = setup({ cards: { HX7MA349: panda }, progress: new TypeError('fetch failed') });
    away.press('confirm');
    for (const c of 'HX7MA349') away.flow.type(c);
    away.press('confirm');
    await settle();
    expect(away.flow.step).toEqual({ kind: 'welcome', card: panda, progress: 'none', page: 0 });
    away.press('right');
    expect(away.flow.step).toMatchObject({ page: 0 });
  });

  it('takes a typed code, says when it is unknown, and lets the player correct it', async () => {
    const { flow, press } = setup({ cards: { HX7MA349: panda } });
    press('confirm');
    for (const c of 'hx7ma34c') flow.type(c);
    press('confirm');
    await settle();
    expect(flow.step).toEqual({ kind: 'code', problem: 'unknown' });
    flow.erase();
    flow.type('9');
    expect(flow.step).toEqual({ kind: 'code', problem: null });
    press('confirm');
    await settle();
    expect(flow.step.kind).toBe('welcome');
  });

  it('signs in for its own seat, and says so when the server asks to wait or the screen is not paired', async () => {
    const { flow, press, signInSeats } = setup({ cards: { HX7MA349: panda } });
    press('confirm');
    for (const c of 'HX7MA349') flow.type(c);
    press('confirm');
    await settle();
    expect(signInSeats).toEqual(['pad-0']);
    for (const [status, problem] of [[429, 'tooMany'], [401, 'unpaired']] as const) {
      const refused = setup({ signInFails: Object.assign(new Error('no'), { status }) });
      refused.press('confirm');
      for (const c of 'HX7MA349') refused.flow.type(c);
      refused.press('confirm');
      await settle();
      expect(refused.flow.step).toEqual({ kind: 'code', problem });
      expect(refused.signedIn).toEqual([]);
    }
  });

  it('refuses a card another seat plays with now', async () => {
    const { flow, press, signedIn } = setup({ cards: { HX7MA349: panda }, seatedElsewhere: ['card-1'] });
    press('confirm');
    for (const c of 'HX7MA349') flow.type(c);
    press('confirm');
    await settle();
    expect(flow.step).toEqual({ kind: 'code', problem: 'seated' });
    expect(signedIn).toEqual([]);
  });

  it('erases with B, and goes back to the menu when nothing is left', () => {
    const { flow, press } = setup();
    press('confirm', 'confirm', 'confirm');
    expect(flow.code.typed).toBe('AA');
    press('back', 'back');
    expect(flow.step.kind).toBe('code');
    press('back');
    expect(flow.step.kind).toBe('menu');
  });

  it('makes a new card from a suggested pseudonym and the seat’s avatar, and shows its code', async () => {
    const { flow, press, created, signedIn } = setup();
    press('down', 'confirm');
    expect(flow.step.kind).toBe('suggesting');
    await settle();
    expect(flow.step).toMatchObject({ kind: 'pick', pseudonyms: ['Lynx Calme 10', 'Lynx Calme 11', 'Lynx Calme 12'], selected: 0 });
    press('down', 'confirm');
    await settle();
    expect(created).toEqual([{ pseudonym: 'Lynx Calme 11', avatar: '🦊' }]);
    expect(flow.step).toMatchObject({ kind: 'issued', card: { code: 'HX7MA349', pseudonym: 'Lynx Calme 11' } });
    expect(signedIn.map((c) => c?.id)).toEqual(['card-new']);
  });

  it('offers other ideas on asking, and fresh ones when the chosen pseudonym was just taken', async () => {
    const { flow, press, created } = setup({ createFails: [conflict] });
    press('down', 'confirm');
    await settle();
    press('up', 'confirm'); // the last item: other ideas
    await settle();
    expect(flow.step).toMatchObject({ kind: 'pick', pseudonyms: ['Lynx Calme 13', 'Lynx Calme 14', 'Lynx Calme 15'] });
    press('confirm');
    await settle();
    expect(flow.step).toMatchObject({ kind: 'pick', problem: 'taken', pseudonyms: ['Lynx Calme 16', 'Lynx Calme 17', 'Lynx Calme 18'] });
    press('confirm');
    await settle();
    expect(created.map((c) => c.pseudonym)).toEqual(['Lynx Calme 16']);
  });

  it('says the server is unreachable and leaves the seat a guest', async () => {
    const { flow, press, signedIn } = setup({ down: true });
    press('confirm');
    for (const c of 'HX7MA349') flow.type(c);
    press('confirm');
    await settle();
    expect(flow.step.kind).toBe('unreachable');
    press('confirm');
    expect(flow.isOpen).toBe(false);
    const again = setup({ down: true });
    again.press('down', 'confirm');
    await settle();
    expect(again.flow.step.kind).toBe('unreachable');
    expect(signedIn).toEqual([]);
  });

  it('drops an answer that arrives after the player went back', async () => {
    const { flow, press, signedIn } = setup({ cards: { HX7MA349: panda } });
    press('confirm');
    for (const c of 'HX7MA349') flow.type(c);
    press('confirm', 'back');
    await settle();
    expect(flow.step).toEqual({ kind: 'code', problem: null });
    expect(signedIn).toEqual([]);
  });

  it('signs the seat out when it chooses to play as a guest', () => {
    const { flow, press, signedIn } = setup();
    press('up', 'confirm');
    expect(signedIn).toEqual([null]);
    expect(flow.isOpen).toBe(false);
  });

  it('leaves the code for the menu on Escape, and closes from the menu', () => {
    const { flow, press } = setup();
    press('confirm');
    flow.type('H');
    flow.cancel();
    expect(flow.step.kind).toBe('menu');
    flow.cancel();
    expect(flow.isOpen).toBe(false);
  });
});

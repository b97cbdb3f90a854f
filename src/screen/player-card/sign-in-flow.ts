import type { PackMastery } from '../../shared/api/card-mastery';
import type { IssuedPlayerCard, PlayerCardView } from '../../shared/api/player-cards';
import type { NewPlayerCardBody } from '../../shared/api/new-player-card';
import type { Avatar } from '../../shared/seat-style';
import { CodeEntry } from './code-entry';

/** What the flow asks of the centre server (net/card-desk.ts over the API client). */
export interface PlayerCardDesk {
  /**
   * Signs the seat in with a card code: the card, or null when no card has the code. Throws when
   * the server cannot be reached, or an error with `status` (401 screen not paired, 429 wait).
   */
  signIn(code: string, seat: string): Promise<PlayerCardView | null>;
  suggestPseudonyms(count: number): Promise<string[]>;
  /** Makes a card and signs the seat in with it; throws an error with `status` 409 when the pseudonym was taken meanwhile. */
  createPlayerCard(card: NewPlayerCardBody, seat: string): Promise<IssuedPlayerCard>;
  /** The signed-in card's mastery of every pack it played, last played first; throws when the centre cannot answer. */
  progress(cardId: string): Promise<readonly PackMastery[]>;
}

/** The card page's progress: the packs played, or `waiting` for the centre, or `none` to show. */
export type CardProgress = readonly PackMastery[] | 'waiting' | 'none';

/** What the flow does to its seat in the lobby. */
export interface SignInSeat {
  avatar(): Avatar;
  /** True when another seat of this lobby plays with that card now. */
  seatedElsewhere(cardId: string): boolean;
  signIn(card: PlayerCardView): void;
  signOut(): void;
}

export const MENU_ITEMS = ['code', 'create', 'guest'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];
/** How many generated pseudonyms the screen offers at once. */
export const SUGGESTIONS = 3;

/**
 * Where a seat is in signing in. The order a visit takes:
 * menu → code → checking → welcome (signed in: the card's page, its progress per pack played) ·
 *   code again with a problem · unreachable;
 * menu → suggesting → pick → issuing → issued (signed in, the code shown big) · pick again · unreachable;
 * menu → guest (signed out) → closed.
 */
export type SignInStep =
  | { kind: 'menu'; selected: number }
  | { kind: 'code'; problem: CodeProblem | null }
  | { kind: 'checking' }
  | { kind: 'welcome'; card: PlayerCardView; progress: CardProgress; page: number }
  | { kind: 'suggesting' }
  | { kind: 'pick'; pseudonyms: string[]; selected: number; problem: 'taken' | null }
  | { kind: 'issuing'; pseudonym: string }
  | { kind: 'issued'; card: IssuedPlayerCard }
  | { kind: 'unreachable' }
  | { kind: 'closed' };

/**
 * Why a typed code did not sign the seat in: no such card, the card plays on another seat here,
 * too many wrong codes from this screen just now (the server asks to wait), or this screen is not
 * registered with the centre.
 */
export type CodeProblem = 'unknown' | 'seated' | 'tooMany' | 'unpaired';

export type SignInAction = 'up' | 'down' | 'left' | 'right' | 'confirm' | 'back';

const statusOf = (error: unknown): number | undefined =>
  error && typeof error === 'object' && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

/**
 * One seat signing in with its player card code, making a new card from generated pseudonyms, or
 * choosing to play as a guest. Pure apart from the desk it calls; a scene draws `step` and feeds
 * actions. An answer that arrives after the player went back is dropped.
 */
export class SignInFlow {
  step: SignInStep = { kind: 'menu', selected: 0 };
  readonly code = new CodeEntry();
  private ticket = 0;

  constructor(
    readonly seatId: string,
    private readonly desk: PlayerCardDesk,
    private readonly seat: SignInSeat,
    private readonly changed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.step.kind !== 'closed';
  }

  /** A request is on its way: the panel says "one moment". */
  get isWaiting(): boolean {
    return this.step.kind === 'checking' || this.step.kind === 'suggesting' || this.step.kind === 'issuing';
  }

  press(action: SignInAction): void {
    const step = this.step;
    switch (step.kind) {
      case 'menu':
        if (action === 'up' || action === 'down') this.set({ ...step, selected: wrap(step.selected + (action === 'up' ? -1 : 1), MENU_ITEMS.length) });
        else if (action === 'confirm') this.choose(MENU_ITEMS[step.selected] ?? 'guest');
        else if (action === 'back') this.close();
        return;
      case 'code':
        if (action === 'back') return void (this.code.erase() ? this.set({ kind: 'code', problem: null }) : this.set({ kind: 'menu', selected: 0 }));
        if (action === 'confirm') return void (this.code.complete ? this.check() : this.code.add() && this.set({ kind: 'code', problem: null }));
        this.code.move(action === 'left' ? -1 : action === 'right' ? 1 : 0, action === 'up' ? -1 : action === 'down' ? 1 : 0);
        return this.changed();
      case 'pick': {
        const items = step.pseudonyms.length + 1; // the last item asks for other ideas
        if (action === 'up' || action === 'down') this.set({ ...step, selected: wrap(step.selected + (action === 'up' ? -1 : 1), items) });
        else if (action === 'back') this.set({ kind: 'menu', selected: 1 });
        else if (action === 'confirm') {
          const pseudonym = step.pseudonyms[step.selected];
          if (pseudonym) this.issue(pseudonym);
          else this.suggest(null);
        }
        return;
      }
      case 'checking':
      case 'suggesting':
      case 'issuing':
        if (action === 'back') {
          this.ticket++;
          this.set(step.kind === 'checking' ? { kind: 'code', problem: null } : { kind: 'menu', selected: 1 });
        }
        return;
      case 'welcome':
        if ((action === 'left' || action === 'right') && typeof step.progress !== 'string' && step.progress.length > 1) {
          this.set({ ...step, page: wrap(step.page + (action === 'left' ? -1 : 1), step.progress.length) });
        } else if (action === 'confirm' || action === 'back') this.close();
        return;
      case 'issued':
      case 'unreachable':
        if (action === 'confirm' || action === 'back') this.close();
        return;
      case 'closed':
        return;
    }
  }

  /** A character typed on a keyboard, while the code is asked for. */
  type(character: string): void {
    if (this.step.kind === 'code' && this.code.type(character)) this.set({ kind: 'code', problem: null });
  }

  /** Backspace on a keyboard: erases, or goes back to the menu when nothing is typed. */
  erase(): void {
    if (this.step.kind === 'code') this.press('back');
  }

  /** Escape on a keyboard: leaves the code (or the names) for the menu, or closes from the menu. */
  cancel(): void {
    if (this.step.kind === 'menu') return this.close();
    this.ticket++;
    this.set({ kind: 'menu', selected: 0 });
  }

  close(): void {
    this.ticket++;
    this.set({ kind: 'closed' });
  }

  private choose(item: MenuItem): void {
    if (item === 'code') {
      this.code.clear();
      this.set({ kind: 'code', problem: null });
    } else if (item === 'create') {
      this.suggest(null);
    } else {
      this.seat.signOut();
      this.close();
    }
  }

  private check(): void {
    const code = this.code.typed;
    this.request(
      { kind: 'checking' },
      () => this.desk.signIn(code, this.seatId),
      (card) => {
        if (!card) return this.set({ kind: 'code', problem: 'unknown' });
        if (this.seat.seatedElsewhere(card.id)) return this.set({ kind: 'code', problem: 'seated' });
        this.seat.signIn(card);
        this.set({ kind: 'welcome', card, progress: 'waiting', page: 0 });
        this.readProgress(card);
      },
      (status) => {
        const problem = status === 429 ? 'tooMany' : status === 401 ? 'unpaired' : null;
        if (problem) this.set({ kind: 'code', problem });
        return problem !== null;
      },
    );
  }

  private suggest(problem: 'taken' | null): void {
    this.request({ kind: 'suggesting' }, () => this.desk.suggestPseudonyms(SUGGESTIONS), (pseudonyms) => {
      if (!pseudonyms.length) return this.set({ kind: 'unreachable' });
      this.set({ kind: 'pick', pseudonyms: pseudonyms.slice(0, SUGGESTIONS), selected: 0, problem });
    });
  }

  private issue(pseudonym: string): void {
    this.request(
      { kind: 'issuing', pseudonym },
      () => this.desk.createPlayerCard({ pseudonym, avatar: this.seat.avatar() }, this.seatId),
      (card) => {
        this.seat.signIn(card);
        this.set({ kind: 'issued', card });
      },
      // Taken meanwhile (409), or refused by the filter (400): offer fresh names.
      (status) => (status === 409 || status === 400 ? (this.suggest('taken'), true) : false),
    );
  }

  /** Fills the card's page in when the centre answers; a page left meanwhile is not reopened. */
  private readProgress(card: PlayerCardView): void {
    const ticket = this.ticket;
    const show = (progress: CardProgress) => {
      const step = this.step;
      if (ticket === this.ticket && step.kind === 'welcome' && step.card.id === card.id) this.set({ ...step, progress, page: 0 });
    };
    this.desk.progress(card.id).then(
      (packs) => show(packs.length ? packs : 'none'),
      () => show('none'),
    );
  }

  /** Shows `waiting`, runs the call, and hands its answer on unless the player moved on meanwhile. */
  private request<T>(waiting: SignInStep, call: () => Promise<T>, done: (value: T) => void, refused?: (status: number | undefined) => boolean): void {
    const ticket = ++this.ticket;
    this.set(waiting);
    call().then(
      (value) => {
        if (ticket === this.ticket) done(value);
      },
      (error: unknown) => {
        if (ticket !== this.ticket) return;
        if (!refused?.(statusOf(error))) this.set({ kind: 'unreachable' });
      },
    );
  }

  private set(step: SignInStep): void {
    this.step = step;
    this.changed();
  }
}

function wrap(index: number, length: number): number {
  return (index + length) % length;
}

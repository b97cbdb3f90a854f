import { AVATARS, seatStyleAt, type Avatar, type SeatStyle } from '../../shared/seat-style';
import { MAX_GROUP_SEATS } from '../../shared/pack/content-pack';
import type { InputKind } from '../../shared/round/round-record';
import type { DeviceId } from '../input/events';
import type { SignInFlow } from '../player-card/sign-in-flow';

/** Local seats: up to four pads and the two keyboard seats. */
export const MAX_SEATS = 6;

/** Every seat of a lobby, local and phones: a whole group. */
export const MAX_LOBBY_SEATS = MAX_GROUP_SEATS;

export interface PlayerCardRef {
  id: string;
  pseudonym: string;
}

export interface LobbySeat {
  /** The device's id, which the seat keeps for the round: `pad-0`, `kb-left`, `phone-7`… */
  id: DeviceId;
  input: InputKind;
  /** 1-based, for "Joueur 2" when the seat has no player card nor pseudonym. */
  number: number;
  /** Index in the seat palette (`seatStyleAt`); what a phone is told to draw. */
  styleIndex: number;
  style: SeatStyle;
  avatar: Avatar;
  ready: boolean;
  playerCard?: PlayerCardRef;
  /** A phone guest's pseudonym, chosen on the phone (the server filtered it). */
  pseudonym?: string;
  /** A phone seat whose phone dropped: the seat and its points wait for it (SEAT_GRACE_MS). */
  away?: boolean;
}

/** What a phone brings to its seat. */
export interface PhonePlayer {
  avatar: Avatar;
  pseudonym?: string;
  playerCard?: PlayerCardRef;
}

export function inputKindOf(device: DeviceId): InputKind {
  if (device.startsWith('pad-')) return 'pad';
  if (device.startsWith('kb-')) return 'keyboard';
  return 'phone';
}

/**
 * Who is in the lobby, with their colour, shape, avatar and readiness. Pure. Up to six local
 * seats and phones beside them, thirty seats in all. `version` grows at every change, so a scene
 * redraws when a phone joins or drops without any press on the screen.
 */
export class Lobby {
  private list: LobbySeat[] = [];
  /** The one seat signing in now, with where it is in doing so; one at a time, so a keyboard types for one seat. */
  signingIn: SignInFlow | null = null;
  version = 0;

  get seats(): readonly LobbySeat[] {
    return this.list;
  }

  get phoneSeats(): readonly LobbySeat[] {
    return this.list.filter((s) => s.input === 'phone');
  }

  get localSeats(): readonly LobbySeat[] {
    return this.list.filter((s) => s.input !== 'phone');
  }

  seat(device: DeviceId): LobbySeat | undefined {
    return this.list.find((s) => s.id === device);
  }

  /** Adds the device's seat, with the first free colour and shape; undefined when the lobby is full. */
  join(device: DeviceId): LobbySeat | undefined {
    const existing = this.seat(device);
    if (existing) return existing;
    if (this.localSeats.length >= MAX_SEATS || this.list.length >= MAX_LOBBY_SEATS) return undefined;
    const usedAvatars = new Set(this.list.map((s) => s.avatar));
    const avatar = AVATARS.find((a) => !usedAvatars.has(a)) ?? AVATARS[0];
    return this.add({ id: device, input: inputKindOf(device), avatar, ready: false });
  }

  /**
   * Seats a phone the room accepted: ready at once (its player chose a name and avatar on the
   * phone; the screen's host starts), its avatar kept even if another seat shows it — twelve
   * avatars cannot go round thirty players. Undefined when the lobby is full.
   */
  joinPhone(id: DeviceId, player: PhonePlayer): LobbySeat | undefined {
    const existing = this.seat(id);
    if (existing) return existing;
    if (this.list.length >= MAX_LOBBY_SEATS) return undefined;
    return this.add({
      id,
      input: 'phone',
      avatar: player.avatar,
      ready: true,
      ...(player.pseudonym ? { pseudonym: player.pseudonym } : {}),
      ...(player.playerCard ? { playerCard: { ...player.playerCard } } : {}),
    });
  }

  /** The phone seats' next free id, `phone-1`, `phone-2`…, skipping `reserved` ones (promised, not yet seated). */
  nextPhoneId(reserved: ReadonlySet<string> = new Set()): DeviceId {
    for (let n = 1; ; n++) {
      const id = `phone-${n}`;
      if (!this.seat(id) && !reserved.has(id)) return id;
    }
  }

  /** The first palette index no seat (nor a `reserved` one) has. */
  nextStyleIndex(reserved: ReadonlySet<number> = new Set()): number {
    const used = new Set([...this.list.map((s) => s.styleIndex), ...reserved]);
    let index = 0;
    while (used.has(index)) index++;
    return index;
  }

  private add(seat: Omit<LobbySeat, 'number' | 'style' | 'styleIndex'>): LobbySeat {
    const usedNumbers = new Set(this.list.map((s) => s.number));
    let number = 1;
    while (usedNumbers.has(number)) number++;
    const styleIndex = this.nextStyleIndex();
    const added: LobbySeat = { ...seat, number, styleIndex, style: seatStyleAt(styleIndex) };
    this.list = [...this.list, added].sort((a, b) => a.number - b.number);
    this.version++;
    return added;
  }

  leave(device: DeviceId): boolean {
    if (this.signingIn?.seatId === device) this.signingIn = null;
    const before = this.list.length;
    this.list = this.list.filter((s) => s.id !== device);
    this.version++;
    return this.list.length < before;
  }

  /** A phone seat's phone dropped (true) or came back (false). */
  setAway(device: DeviceId, away: boolean): void {
    const seat = this.seat(device);
    if (!seat || seat.input !== 'phone' || Boolean(seat.away) === away) return;
    if (away) seat.away = true;
    else delete seat.away;
    this.version++;
  }

  /** Moves to the next (or previous) avatar that no other seat has. */
  cycleAvatar(device: DeviceId, direction: 1 | -1): void {
    const seat = this.seat(device);
    if (!seat || seat.ready) return;
    const taken = new Set(this.list.filter((s) => s !== seat).map((s) => s.avatar));
    let i = AVATARS.indexOf(seat.avatar);
    for (let n = 0; n < AVATARS.length; n++) {
      i = (i + direction + AVATARS.length) % AVATARS.length;
      const candidate = AVATARS[i] as Avatar;
      if (!taken.has(candidate)) {
        seat.avatar = candidate;
        this.version++;
        return;
      }
    }
  }

  setReady(device: DeviceId, ready: boolean): void {
    const seat = this.seat(device);
    if (seat && seat.ready !== ready) {
      seat.ready = ready;
      this.version++;
    }
  }

  /**
   * Signs a seat in with a player card (undefined: back to guest). The seat takes the card's
   * avatar unless another seat shows it already.
   */
  signIn(device: DeviceId, card: PlayerCardRef | undefined, avatar?: Avatar): void {
    const seat = this.seat(device);
    if (!seat) return;
    seat.playerCard = card && { id: card.id, pseudonym: card.pseudonym };
    if (avatar && AVATARS.includes(avatar) && !this.list.some((s) => s !== seat && s.avatar === avatar)) seat.avatar = avatar;
    this.version++;
  }

  /** The seat playing with this player card now, if any. */
  seatWithCard(cardId: string): LobbySeat | undefined {
    return this.list.find((s) => s.playerCard?.id === cardId);
  }

  /**
   * Every seat ready, and at least one local seat: a pad or keyboard hosts (picks the pack), so
   * phones alone never start a round. Phones are ready once seated; a dropped one does not hold
   * the others back.
   */
  get allReady(): boolean {
    return this.list.some((s) => s.input !== 'phone') && this.list.every((s) => s.ready || s.away);
  }

  /** Empties the local seats; phone seats stay, since their phones are still in the room. */
  clear(): void {
    this.list = this.list.filter((s) => s.input === 'phone');
    this.signingIn = null;
    this.version++;
  }
}

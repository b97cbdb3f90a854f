import { AVATARS, SEAT_STYLES, type Avatar, type SeatStyle } from '../../shared/seat-style';
import type { InputKind } from '../../shared/round/round-record';
import type { DeviceId } from '../input/events';
import type { SignInFlow } from '../player-card/sign-in-flow';

/** Local seats: up to four pads and the two keyboard seats. */
export const MAX_SEATS = 6;

export interface PlayerCardRef {
  id: string;
  pseudonym: string;
}

export interface LobbySeat {
  /** The device's id, which the seat keeps for the round: `pad-0`, `kb-left`… */
  id: DeviceId;
  input: InputKind;
  /** 1-based, for "Joueur 2" when the seat has no player card. */
  number: number;
  style: SeatStyle;
  avatar: Avatar;
  ready: boolean;
  playerCard?: PlayerCardRef;
}

export function inputKindOf(device: DeviceId): InputKind {
  if (device.startsWith('pad-')) return 'pad';
  if (device.startsWith('kb-')) return 'keyboard';
  return 'phone';
}

/** Who is in the lobby, with their colour, shape, avatar and readiness. Pure. */
export class Lobby {
  private list: LobbySeat[] = [];
  /** The one seat signing in now, with where it is in doing so; one at a time, so a keyboard types for one seat. */
  signingIn: SignInFlow | null = null;

  get seats(): readonly LobbySeat[] {
    return this.list;
  }

  seat(device: DeviceId): LobbySeat | undefined {
    return this.list.find((s) => s.id === device);
  }

  /** Adds the device's seat, with the first free colour and shape; undefined when the lobby is full. */
  join(device: DeviceId): LobbySeat | undefined {
    const existing = this.seat(device);
    if (existing) return existing;
    if (this.list.length >= MAX_SEATS) return undefined;
    const usedStyles = new Set(this.list.map((s) => s.style.shape));
    const style = SEAT_STYLES.find((s) => !usedStyles.has(s.shape)) as SeatStyle;
    const usedNumbers = new Set(this.list.map((s) => s.number));
    let number = 1;
    while (usedNumbers.has(number)) number++;
    const usedAvatars = new Set(this.list.map((s) => s.avatar));
    const avatar = AVATARS.find((a) => !usedAvatars.has(a)) ?? AVATARS[0];
    const seat: LobbySeat = { id: device, input: inputKindOf(device), number, style, avatar, ready: false };
    this.list = [...this.list, seat].sort((a, b) => a.number - b.number);
    return seat;
  }

  leave(device: DeviceId): boolean {
    if (this.signingIn?.seatId === device) this.signingIn = null;
    const before = this.list.length;
    this.list = this.list.filter((s) => s.id !== device);
    return this.list.length < before;
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
        return;
      }
    }
  }

  setReady(device: DeviceId, ready: boolean): void {
    const seat = this.seat(device);
    if (seat) seat.ready = ready;
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
  }

  /** The seat playing with this player card now, if any. */
  seatWithCard(cardId: string): LobbySeat | undefined {
    return this.list.find((s) => s.playerCard?.id === cardId);
  }

  /** At least one seat, and every seat ready. */
  get allReady(): boolean {
    return this.list.length > 0 && this.list.every((s) => s.ready);
  }

  clear(): void {
    this.list = [];
    this.signingIn = null;
  }
}

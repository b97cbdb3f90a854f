import { describe, expect, it } from 'vitest';
import { SEAT_STYLES } from '../../shared/seat-style';
import { Lobby, MAX_LOBBY_SEATS, MAX_SEATS } from './lobby';

describe('Lobby', () => {
  it('gives every seat a different colour, shape and avatar', () => {
    const lobby = new Lobby();
    ['pad-0', 'pad-1', 'kb-left'].forEach((d) => lobby.join(d));
    const shapes = new Set(lobby.seats.map((s) => s.style.shape));
    const colours = new Set(lobby.seats.map((s) => s.style.colour));
    const avatars = new Set(lobby.seats.map((s) => s.avatar));
    expect(shapes.size).toBe(3);
    expect(colours.size).toBe(3);
    expect(avatars.size).toBe(3);
    expect(lobby.seats.map((s) => s.input)).toEqual(['pad', 'pad', 'keyboard']);
  });

  it('refuses a seventh seat', () => {
    const lobby = new Lobby();
    for (let i = 0; i < MAX_SEATS; i++) expect(lobby.join(`pad-${i}`)).toBeDefined();
    expect(lobby.join('kb-right')).toBeUndefined();
  });

  it('gives a freed colour and number to the next who joins', () => {
    const lobby = new Lobby();
    lobby.join('pad-0');
    const second = lobby.join('pad-1')!;
    lobby.leave('pad-0');
    const third = lobby.join('kb-left')!;
    expect(third.number).toBe(1);
    expect(third.style.shape).not.toBe(second.style.shape);
  });

  it('never gives two seats the same avatar when cycling', () => {
    const lobby = new Lobby();
    const a = lobby.join('pad-0')!;
    const b = lobby.join('pad-1')!;
    lobby.cycleAvatar('pad-0', 1);
    expect(a.avatar).not.toBe(b.avatar);
  });

  it('is ready only when every seat is', () => {
    const lobby = new Lobby();
    expect(lobby.allReady).toBe(false);
    lobby.join('pad-0');
    lobby.join('kb-left');
    lobby.setReady('pad-0', true);
    expect(lobby.allReady).toBe(false);
    lobby.setReady('kb-left', true);
    expect(lobby.allReady).toBe(true);
  });

  it('signs a seat in with a card, taking its avatar unless another seat shows it', () => {
    const lobby = new Lobby();
    const a = lobby.join('pad-0')!;
    const b = lobby.join('pad-1')!;
    lobby.signIn('pad-0', { id: 'card-1', pseudonym: 'Panda Rapide 42' }, b.avatar);
    expect(a.playerCard).toEqual({ id: 'card-1', pseudonym: 'Panda Rapide 42' });
    expect(a.avatar).not.toBe(b.avatar);
    lobby.signIn('pad-1', { id: 'card-2', pseudonym: 'Lynx Calme 12' }, '🚀');
    expect(b.avatar).toBe('🚀');
    expect(lobby.seatWithCard('card-2')).toBe(b);
    lobby.signIn('pad-1', undefined);
    expect(b.playerCard).toBeUndefined();
    expect(lobby.seatWithCard('card-2')).toBeUndefined();
  });

  it('seats phones beside pads and keyboards, in the same colours and shapes, ready at once', () => {
    const lobby = new Lobby();
    lobby.join('pad-0');
    const phone = lobby.joinPhone(lobby.nextPhoneId(), { avatar: '🦊', pseudonym: 'Lynx Calme 12' })!;
    lobby.join('kb-left');
    expect(phone).toMatchObject({ id: 'phone-1', input: 'phone', number: 2, styleIndex: 1, style: SEAT_STYLES[1], ready: true, pseudonym: 'Lynx Calme 12' });
    expect(lobby.seats.map((s) => [s.id, s.styleIndex])).toEqual([['pad-0', 0], ['phone-1', 1], ['kb-left', 2]]);
    // Phones may share an avatar: twelve cannot go round thirty.
    expect(lobby.seat('pad-0')!.avatar).toBe('🦊');
    expect(lobby.nextPhoneId(new Set(['phone-2']))).toBe('phone-3');
  });

  it('holds thirty seats with phones, styles going round after the six, and six local seats at most', () => {
    const lobby = new Lobby();
    for (let i = 0; i < 4; i++) lobby.join(`pad-${i}`);
    for (let i = 0; i < MAX_LOBBY_SEATS - 4; i++) expect(lobby.joinPhone(lobby.nextPhoneId(), { avatar: '🐼' })).toBeDefined();
    expect(lobby.seats).toHaveLength(30);
    expect(lobby.joinPhone(lobby.nextPhoneId(), { avatar: '🐼' })).toBeUndefined();
    expect(lobby.join('kb-left')).toBeUndefined();
    expect(lobby.seat('phone-26')!.style).toBe(SEAT_STYLES[(29) % 6]);
    expect(new Set(lobby.seats.map((s) => s.number)).size).toBe(30);
  });

  it('starts only with a local seat ready; a phone that dropped does not hold the others back', () => {
    const lobby = new Lobby();
    lobby.joinPhone('phone-1', { avatar: '🐼' });
    expect(lobby.allReady).toBe(false);
    lobby.join('pad-0');
    lobby.setReady('pad-0', true);
    expect(lobby.allReady).toBe(true);
    lobby.seat('phone-1')!.ready = false;
    expect(lobby.allReady).toBe(false);
    const before = lobby.version;
    lobby.setAway('phone-1', true);
    expect(lobby.version).toBeGreaterThan(before);
    expect(lobby.allReady).toBe(true);
  });

  it('keeps phone seats when attract mode clears the local ones', () => {
    const lobby = new Lobby();
    lobby.join('pad-0');
    lobby.joinPhone('phone-1', { avatar: '🐼' });
    lobby.clear();
    expect(lobby.seats.map((s) => s.id)).toEqual(['phone-1']);
  });
});

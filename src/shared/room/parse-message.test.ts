import { describe, expect, it } from 'vitest';
import { parsePhoneMessage, parseScreenMessage } from './parse-message';
import { generateRoomCode, isRoomCode, ROOM_CODE_ALPHABET } from './room-code';
import { PHONE_FRAME_LIMIT_BYTES, reconnectDelayMs } from './room-limits';

const join = { type: 'join', v: 1, code: 'hx-km', player: { kind: 'guest', pseudonym: 'Renard Bleu', avatar: '🦊' }, language: 'fr' };

describe('room codes', () => {
  it('leave out every letter read wrongly from across a hall', () => {
    for (const confusable of 'ILOQDSBGUVZ0123456789') expect(ROOM_CODE_ALPHABET).not.toContain(confusable);
  });
  it('are drawn from the alphabet', () => {
    let i = 0;
    const code = generateRoomCode((min, max) => (i++ % (max - min + 1)) + min);
    expect(isRoomCode(code)).toBe(true);
  });
});

describe('parsePhoneMessage', () => {
  it('reads a join and normalises the typed code', () => {
    const parsed = parsePhoneMessage(JSON.stringify(join));
    expect(parsed).toMatchObject({ ok: true, message: { type: 'join', code: 'HXKM' } });
  });
  it('names the wrong field of an input', () => {
    const parsed = parsePhoneMessage(JSON.stringify({ type: 'input', action: { type: 'choice', choice: 4 } }));
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid', about: 'input', issues: [{ path: 'action.choice' }] } });
  });
  it('refuses a type only the screen sends, with the list of types', () => {
    const parsed = parsePhoneMessage(JSON.stringify({ type: 'seat.view' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain('join, rejoin, input, language, leave, ping');
  });
  it('refuses binary, non-JSON, oversized and other-version frames, each by its own code', () => {
    expect(parsePhoneMessage(new Uint8Array([1, 2]))).toMatchObject({ error: { code: 'binary' } });
    expect(parsePhoneMessage('{nope')).toMatchObject({ error: { code: 'not_json' } });
    expect(parsePhoneMessage('[1]')).toMatchObject({ error: { code: 'not_json' } });
    expect(parsePhoneMessage('é'.repeat(PHONE_FRAME_LIMIT_BYTES / 2 + 1))).toMatchObject({ error: { code: 'too_large' } });
    expect(parsePhoneMessage(JSON.stringify({ ...join, v: 2 }))).toMatchObject({ error: { code: 'version' } });
  });
});

describe('parseScreenMessage', () => {
  it('reads an open without code or state', () => {
    expect(parseScreenMessage('{"type":"open","v":1}')).toMatchObject({ ok: true, message: { seats: [] } });
  });
  it('refuses a seat view with an unknown layout', () => {
    const parsed = parseScreenMessage(JSON.stringify({ type: 'seat.view', seat: 'phone-1', layout: 'joystick', view: {} }));
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'layout' }] } });
  });
});

describe('reconnectDelayMs', () => {
  it('doubles up to the cap, within the jitter', () => {
    expect(reconnectDelayMs(0, 0.5)).toBe(500);
    expect(reconnectDelayMs(1, 0.5)).toBe(1000);
    expect(reconnectDelayMs(10, 0.5)).toBe(8000);
    expect(reconnectDelayMs(10, 0)).toBe(5600);
  });
});

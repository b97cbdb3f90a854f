import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { issuedPlayerCardSchema, playerCardSchema, suggestionsSchema } from '../../src/shared/api/player-cards';
import { isCardCode } from '../../src/shared/player-card/card-code';
import { checkPseudonym } from '../../src/shared/player-card/pseudonym-filter';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const create = (body: unknown) => server.app.inject({ method: 'POST', url: '/api/player-cards', payload: body as object });

describe('player cards', () => {
  it('suggests friendly pseudonyms that pass the filter', async () => {
    const response = await server.app.inject({ url: '/api/player-cards/suggestions?count=8' });
    expect(response.statusCode).toBe(200);
    const { pseudonyms } = suggestionsSchema.parse(response.json());
    expect(pseudonyms).toHaveLength(8);
    for (const p of pseudonyms) expect(checkPseudonym(p)).toEqual({ ok: true, pseudonym: p });
  });

  it('issues a card with a short code and shows only id, pseudonym and avatar to its code', async () => {
    const created = await create({ pseudonym: '  Panda   Rapide 42 ', avatar: '🐼' });
    expect(created.statusCode).toBe(201);
    const card = issuedPlayerCardSchema.parse(created.json());
    expect(card.pseudonym).toBe('Panda Rapide 42');
    expect(isCardCode(card.code)).toBe(true);

    // Typed in lower case with a space, as a player might.
    const typed = `${card.code.slice(0, 2).toLowerCase()} ${card.code.slice(2)}`;
    const found = await server.app.inject({ url: `/api/player-cards/${encodeURIComponent(typed)}` });
    expect(found.statusCode).toBe(200);
    expect(playerCardSchema.parse(found.json())).toEqual({ id: card.id, pseudonym: 'Panda Rapide 42', avatar: '🐼' });
  });

  it('does not suggest a pseudonym already on a card, nor issue it twice', async () => {
    expect((await create({ pseudonym: 'Léa Comète', avatar: '🚀' })).statusCode).toBe(201);
    const twin = await create({ pseudonym: 'lea  comete', avatar: '🦊' });
    expect(twin.statusCode).toBe(409);
    expect(apiErrorSchema.parse(twin.json()).issues).toEqual([{ path: 'pseudonym', message: 'already taken' }]);
  });

  it('refuses insults, contact details and unknown avatars with 400 naming the field', async () => {
    for (const [body, path] of [
      [{ pseudonym: 'S4l0pe', avatar: '🐼' }, 'pseudonym'],
      [{ pseudonym: 'appelle 0612345678', avatar: '🐼' }, 'pseudonym'],
      [{ pseudonym: 'moi@mail.fr', avatar: '🐼' }, 'pseudonym'],
      [{ pseudonym: 'Panda Calme 12', avatar: '💩' }, 'avatar'],
      [{ pseudonym: 'Panda Calme 12', avatar: '🐼', realName: 'Jean' }, ''],
    ] as const) {
      const response = await create(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(apiErrorSchema.parse(response.json()).issues?.[0]?.path).toBe(path);
    }
  });

  it('answers 400 for a malformed code and 404 for an unknown one', async () => {
    const malformed = await server.app.inject({ url: '/api/player-cards/0O1IL2Z5' });
    expect(malformed.statusCode).toBe(400);
    const unknown = await server.app.inject({ url: '/api/player-cards/AAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    expect(apiErrorSchema.parse(unknown.json()).message).toMatch(/AAAAAAAA/);
  });
});

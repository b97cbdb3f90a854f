import { afterEach, describe, expect, it } from 'vitest';
import { groupListSchema, groupMembersSchema, groupSummarySchema, newCardsSchema } from '../../src/shared/api/educator-groups';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { addEducator, signIn } from './support/educator-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function threeAccounts() {
  server = await startTestServer();
  for (const [login, role] of [['prof', 'educator'], ['voisin', 'educator'], ['chef', 'admin']] as const) await addEducator(server.config.dataDir, login, role);
  return { prof: await signIn(server.app, 'prof'), voisin: await signIn(server.app, 'voisin'), chef: await signIn(server.app, 'chef') };
}

describe('groups', () => {
  it('are seen by their owner, the educators they are shared with and admins; changed only by the owner or an admin', async () => {
    const { prof, voisin, chef } = await threeAccounts();
    const created = await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name: '  5e B  ' } });
    expect(created.statusCode).toBe(201);
    const group = groupSummarySchema.parse(created.json());
    expect(group).toMatchObject({ name: '5e B', owner: 'prof', mine: true, sharedWith: [], cards: 0 });
    const names = async (who: typeof prof) => groupListSchema.parse((await who.send({ method: 'GET', url: '/api/educator/groups' })).json()).groups.map((g) => g.name);
    expect(await names(voisin)).toEqual([]);
    expect(await names(chef)).toEqual(['5e B']);
    expect((await voisin.send({ method: 'GET', url: `/api/educator/groups/${group.id}/members` })).statusCode).toBe(404);

    expect((await prof.send({ method: 'PUT', url: `/api/educator/groups/${group.id}/shares/voisin` })).statusCode).toBe(204);
    expect((await prof.send({ method: 'PUT', url: `/api/educator/groups/${group.id}/shares/personne` })).statusCode).toBe(404);
    expect(await names(voisin)).toEqual(['5e B']);
    expect((await voisin.send({ method: 'PATCH', url: `/api/educator/groups/${group.id}`, payload: { name: 'Autre' } })).statusCode).toBe(403);
    expect((await voisin.send({ method: 'DELETE', url: `/api/educator/groups/${group.id}` })).statusCode).toBe(403);
    const renamed = await chef.send({ method: 'PATCH', url: `/api/educator/groups/${group.id}`, payload: { name: '5e B (2025)' } });
    expect(groupSummarySchema.parse(renamed.json())).toMatchObject({ name: '5e B (2025)', owner: 'prof', mine: false, sharedWith: ['voisin'] });
    expect((await prof.send({ method: 'DELETE', url: `/api/educator/groups/${group.id}/shares/voisin` })).statusCode).toBe(204);
    expect(await names(voisin)).toEqual([]);
  });

  it('hold cards added by code or made on a printed sheet; a card may be in several groups; no name is asked', async () => {
    const { prof } = await threeAccounts();
    const a = groupSummarySchema.parse((await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name: 'Club' } })).json());
    const b = groupSummarySchema.parse((await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name: 'Classe' } })).json());
    // A group has a name and nothing else: a child's real name has no field to go in.
    expect((await prof.send({ method: 'POST', url: '/api/educator/groups', payload: { name: 'x', children: ['Léa Martin'] } })).statusCode).toBe(400);
    const made = await prof.send({ method: 'POST', url: `/api/educator/groups/${a.id}/cards`, payload: { count: 3 } });
    expect(made.statusCode).toBe(201);
    const { cards, sheet } = newCardsSchema.parse(made.json());
    expect(cards).toHaveLength(3);
    expect(new Set(cards.map((c) => c.code)).size).toBe(3);
    for (const card of cards) {
      expect(card.code).toMatch(/^[ACEFHJKMNPRTWXY34679]{8}$/);
      expect(sheet).toContain(`${card.code.slice(0, 4)} ${card.code.slice(4)}`);
      expect(sheet).toContain(`aria-label="QR ${card.code}"`);
    }
    expect(sheet).toMatch(/@page \{ size: A4/);
    expect(sheet.match(/<svg /g)).toHaveLength(3);
    expect((await prof.send({ method: 'POST', url: `/api/educator/groups/${a.id}/cards`, payload: { count: 49 } })).statusCode).toBe(400);

    // A card made at a screen joins by its code, in two groups at once.
    const own = issuedPlayerCardSchema.parse((await server!.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: 'Panda Rapide 10', avatar: '🐼' } })).json());
    for (const group of [a, b]) {
      const added = await prof.send({ method: 'POST', url: `/api/educator/groups/${group.id}/members`, payload: { code: own.code.toLowerCase() } });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ id: own.id, pseudonym: 'Panda Rapide 10', rounds: 0, lastPlayedAt: null });
    }
    expect((await prof.send({ method: 'POST', url: `/api/educator/groups/${a.id}/members`, payload: { code: 'AAAAAAAA' } })).statusCode).toBe(404);
    const members = groupMembersSchema.parse((await prof.send({ method: 'GET', url: `/api/educator/groups/${a.id}/members` })).json());
    expect(members.members).toHaveLength(4);
    expect(members.group.cards).toBe(4);

    const page = await prof.send({ method: 'GET', url: `/api/educator/groups/${a.id}/sheet?cards=${own.id}` });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Panda Rapide 10');
    expect(page.body.match(/<article class="card">/g)).toHaveLength(1);

    expect((await prof.send({ method: 'DELETE', url: `/api/educator/groups/${a.id}/members/${own.id}` })).statusCode).toBe(204);
    expect((await prof.send({ method: 'DELETE', url: `/api/educator/groups/${a.id}` })).statusCode).toBe(204);
    // The cards outlive the group: the code still signs in, the other group still holds it.
    expect((await server!.app.inject({ method: 'GET', url: `/api/player-cards/${own.code}` })).statusCode).toBe(200);
    expect(groupMembersSchema.parse((await prof.send({ method: 'GET', url: `/api/educator/groups/${b.id}/members` })).json()).members).toHaveLength(1);
  });
});

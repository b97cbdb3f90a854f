import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePack } from './pack-descriptions';

const packIds = readdirSync('content').filter((id) => !id.startsWith('.')).sort();
const described = (id: string) => describePack(JSON.parse(readFileSync(`content/${id}/pack.json`, 'utf8')))!;
const itemIdsOf = (id: string) => {
  const ids: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.objective === 'string') ids.push(o.id);
      Object.values(o).forEach(walk);
    }
  };
  walk((JSON.parse(readFileSync(`content/${id}/pack.json`, 'utf8')) as { data: unknown }).data);
  return ids;
};

describe('pack descriptions read from the shipped packs', () => {
  it.each(packIds)('%s: every item is described, its texts in French and English', (id) => {
    const pack = described(id);
    expect(pack.title.fr).toBeTruthy();
    expect([...pack.items.keys()].sort()).toEqual(itemIdsOf(id).sort());
    for (const item of pack.items.values()) {
      for (const text of [item.name, item.description, ...(item.choices ?? []).map((c) => c.description)]) {
        if (text) expect(Object.keys(text)).toEqual(['fr', 'en']);
      }
      if (item.choices) expect(item.choices.map((c) => c.id)).toContain(item.correct);
    }
  });

  it('makes choices of indexed answers, of compass ids and of named places', () => {
    expect(described('sante-sport').items.get('ap-60-minutes')).toMatchObject({ correct: '2', choices: [{ id: '0' }, { id: '1' }, { id: '2' }, { id: '3' }] });
    expect(described('panneaux').items.get('a1a')).toMatchObject({ correct: '0', description: { en: expect.stringContaining('danger') } });
    expect(described('paris-monuments').items.get('pantheon-rive')).toMatchObject({ correct: 'south', choices: [{ id: 'north' }, { id: 'south' }] });
    expect(described('paris-monuments').items.get('plus-pres-de-montreuil')).toMatchObject({
      correct: 'pere-lachaise',
      choices: expect.arrayContaining([{ id: 'tour-eiffel', description: { fr: 'la tour Eiffel', en: 'the Eiffel Tower' } }]),
    });
    expect(described('paris-monuments').items.get('ou-est-tour-eiffel')).toEqual({ name: { fr: 'la tour Eiffel', en: 'the Eiffel Tower' } });
    expect(described('priorites').items.get('droite-voiture-a-droite')).toMatchObject({ name: { en: 'Junction with no sign' } });
  });

  it('describes nothing for a file that is not a valid pack', () => {
    expect(describePack({ id: 'x' })).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPack, type PackGame } from '../../src/shared/pack/check-pack';
import { featureCollectionSchema } from '../../src/shared/geo/geojson-schema';
import { arrondissementShapes } from './arrondissement-shapes';
import type { ContentPack } from '../../src/shared/pack/content-pack';
import mapQuest from './index';
import type { MapQuestContent } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { pointInRings } from './geo';
import { arrondissementAt, closerAnswer, directionAnswer, insideParis, resolveMap, arrondissementShape } from './rules/scoring';

const games = new Map<string, PackGame>([[mapQuest.id, mapQuest]]);
const PACKS = ['paris-monuments', 'paris-arrondissements'] as const;
const fileOf = (id: string) => `content/${id}/pack.json`;
const textOf = (id: string) => readFileSync(new URL(`../../${fileOf(id)}`, import.meta.url), 'utf8');

function load(id: string): ContentPack<MapQuestContent> {
  const check = checkPack(fileOf(id), textOf(id), games);
  if (!check.ok) throw new Error(`${id}: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return check.pack as ContentPack<MapQuestContent>;
}

/** Checks a changed copy of a pack and returns its problems' messages. */
function problemsAfter(id: string, change: (raw: { data: MapQuestContent; maxPointsPerSeat: number }) => void): string[] {
  const raw = JSON.parse(textOf(id));
  change(raw);
  const check = checkPack(fileOf(id), JSON.stringify(raw), games);
  return check.ok ? [] : check.problems.map((p) => `${p.path}: ${p.message}`);
}

describe.each(PACKS)('content pack %s', (id) => {
  const pack = load(id);
  const map = resolveMap(pack.data);

  it('passes the pack checker', () => {
    expect(checkPack(fileOf(id), textOf(id), games).ok).toBe(true);
  });

  it('puts every place inside Paris and inside its arrondissement on the game’s own map', () => {
    for (const place of pack.data.places) {
      expect(insideParis(place.at, map), place.id).toBe(true);
      const declared = [place.arrondissement, ...(place.alsoIn ?? [])];
      expect(declared.some((n) => pointInRings(place.at, arrondissementShape(map, n).rings)), `${place.id} is in the ${arrondissementAt(place.at, map)}e`).toBe(true);
    }
  });

  it('gives every question one clear answer that agrees with the map', () => {
    for (const question of pack.data.questions) {
      if (question.kind === 'direction') {
        expect(directionAnswer(question, pack.data.places, map), question.id).toEqual({ answer: question.answer, clear: true });
      } else if (question.kind === 'closer') {
        expect(closerAnswer(question, pack.data.places), question.id).toMatchObject({ answer: question.answer, clear: true });
      } else if (question.kind === 'locate') {
        expect(pack.data.places.some((p) => p.id === question.place), question.id).toBe(true);
      }
    }
  });

  it('has every text in French and English, short enough for the reveal panel', () => {
    const texts = [
      pack.title, pack.description, ...pack.objectives.map((o) => o.title),
      ...pack.data.places.flatMap((p) => [p.name, p.fact]),
      ...pack.data.questions.flatMap((q) => [q.prompt, q.fact].filter((t) => t !== undefined)),
    ];
    for (const text of texts) {
      expect(text.fr.trim().length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(text.en.trim().length, JSON.stringify(text)).toBeGreaterThan(0);
    }
    for (const place of pack.data.places) {
      expect(place.fact.fr.length, place.id).toBeLessThanOrEqual(130);
      expect(place.fact.en.length, place.id).toBeLessThanOrEqual(130);
    }
  });

  it('has enough questions for a round', () => {
    expect(pack.data.questions.length).toBeGreaterThanOrEqual(pack.data.round.questions);
  });
});

describe('paris-monuments', () => {
  const pack = load('paris-monuments');

  it('has at least 30 places, stadiums and places of the Porte de Montreuil quarter among them', () => {
    const ids = new Set(pack.data.places.map((p) => p.id));
    expect(ids.size).toBeGreaterThanOrEqual(30);
    for (const id of ['parc-des-princes', 'stade-charlety', 'stade-jean-bouin', 'porte-de-montreuil', 'lycee-helene-boucher', 'parc-de-belleville']) expect(ids.has(id), id).toBe(true);
    expect(pack.objectives.length).toBeGreaterThanOrEqual(3);
  });
});

describe('paris-arrondissements', () => {
  const pack = load('paris-arrondissements');

  it('asks to find each of the 20 arrondissements', () => {
    const found = new Set(pack.data.questions.flatMap((q) => (q.kind === 'arrondissement' ? [q.number] : [])));
    expect([...found].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('draws the snail: each arrondissement’s label turns clockwise around the 1st', () => {
    // Clockwise on a north-up map means the bearing from the 1st grows from one arrondissement to the next within a ring.
    const map = resolveMap(pack.data);
    const centre = arrondissementShape(map, 1).label!;
    const bearing = (n: number) => {
      const [lon, lat] = arrondissementShape(map, n).label!;
      return (Math.atan2((lon - centre[0]) * Math.cos((lat * Math.PI) / 180), lat - centre[1]) * 180) / Math.PI;
    };
    const turn = (a: number, b: number) => ((bearing(b) - bearing(a) + 540) % 360) - 180;
    for (const ring of [[2, 3, 4], [5, 6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17, 18, 19, 20]]) {
      for (let i = 0; i + 1 < ring.length; i++) expect(turn(ring[i]!, ring[i + 1]!), `${ring[i]} → ${ring[i + 1]}`).toBeGreaterThan(0);
    }
  });
});

describe('the pack checker catches wrong content', () => {
  it('a place outside its declared arrondissement', () => {
    expect(problemsAfter('paris-monuments', (raw) => { raw.data.places[0]!.arrondissement = 12; })).toEqual([expect.stringMatching(/data\.places\[0\]\.at: lies in the 7e on the map, not in the 12e/)]);
  });

  it('a direction answer the map contradicts', () => {
    const problems = problemsAfter('paris-monuments', (raw) => {
      const q = raw.data.questions.find((x) => x.id === 'pantheon-rive');
      if (q?.kind === 'direction') q.answer = 'north';
    });
    expect(problems).toEqual([expect.stringMatching(/answer: is "north", but on the map it is "south"/)]);
  });

  it('a "closer" answer that is not the closest, and an unfair tie', () => {
    const problems = problemsAfter('paris-monuments', (raw) => {
      const q = raw.data.questions.find((x) => x.id === 'plus-pres-de-notre-dame');
      if (q?.kind === 'closer') q.answer = 'arc-de-triomphe';
    });
    expect(problems).toEqual([expect.stringMatching(/is "arc-de-triomphe", but "pantheon" is closer/)]);
  });

  it('a maximum that is not the true maximum of a round', () => {
    expect(problemsAfter('paris-arrondissements', (raw) => { raw.maxPointsPerSeat = 999; })).toEqual([expect.stringMatching(/^maxPointsPerSeat: is 999, but 10 questions × 120 points make 1200/)]);
  });
});

describe('a pack with imported arrondissement outlines', () => {
  it('is accepted by the game, and its places are still checked against the new outlines', () => {
    const fixture = readFileSync(new URL('../../tests/fixtures/geojson/arrondissements-schematic.geojson', import.meta.url), 'utf8');
    const { shapes, problems } = arrondissementShapes(featureCollectionSchema.parse(JSON.parse(fixture)), 10);
    expect(problems).toEqual([]);
    expect(problemsAfter('paris-monuments', (raw) => { raw.data.map = { arrondissements: shapes }; })).toEqual([]);
    // Swap the outlines of the 7e and the 12e: the Eiffel Tower is no longer in "its" arrondissement.
    const swapped = shapes.map((s) => (s.number === 7 ? { ...s, number: 12 } : s.number === 12 ? { ...s, number: 7 } : s));
    expect(problemsAfter('paris-monuments', (raw) => { raw.data.map = { arrondissements: swapped }; }).some((p) => /places\[0\]\.at: lies in the 12e/.test(p))).toBe(true);
  });
});

describe('the game’s own texts', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(fr), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
});

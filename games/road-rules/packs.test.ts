import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPack, type PackGame } from '../../src/shared/pack/check-pack';
import roadRules from './index';
import type { RoadRulesContent } from './content-schema';
import { brakeTestSolvable } from './rules/brake-test';
import { signArt } from './rules/sign-art';
import { isSignCode, signLabel, type SignRef } from './rules/signs';
import { findCleanDrive } from './rules/solver';
import { FAIR_REACTION_S } from './check-content';

const PACKS = ['panneaux', 'priorites', 'distances-arret'] as const;
const games = new Map<string, PackGame>([[roadRules.id, roadRules]]);

function load(id: (typeof PACKS)[number]) {
  const file = fileURLToPath(new URL(`../../content/${id}/pack.json`, import.meta.url));
  const text = readFileSync(file, 'utf8');
  return { file, text, raw: JSON.parse(text) as unknown };
}

function parsed(id: (typeof PACKS)[number]) {
  const { file, text } = load(id);
  const result = checkPack(file, text, games);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems, null, 2)}`);
  return result.pack as typeof result.pack & { data: RoadRulesContent };
}

/** Every sign a pack names: stage signs, signs beside the routes, signs that forbid a way. */
function signsOf(content: RoadRulesContent): SignRef[] {
  return content.stages.flatMap((stage) => [
    ...('sign' in stage && stage.sign ? [stage.sign] : []),
    ...(stage.kind === 'drive' ? [...stage.signs, ...(stage.junction?.wayRuleSign ? [stage.junction.wayRuleSign] : [])] : []),
  ]);
}

/** Every {fr, en} text anywhere in a JSON value, with its path. */
function texts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (!value || typeof value !== 'object') return [];
  if ('fr' in value || 'en' in value) return [{ path, text: value }];
  return Object.entries(value).flatMap(([key, child]) => texts(child, `${path}.${key}`));
}

describe.each(PACKS)('content pack %s', (id) => {
  it('passes the pack checker with the road-rules game', () => {
    expect(() => parsed(id)).not.toThrow();
  });

  it('has every text in French and in English', () => {
    const all = texts(load(id).raw);
    expect(all.length).toBeGreaterThan(10);
    for (const { path, text } of all) {
      expect(typeof text.fr === 'string' && text.fr.trim().length > 0, `${path}.fr`).toBe(true);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `${path}.en`).toBe(true);
    }
  });

  it('names only sign codes the drawing code knows', () => {
    for (const sign of signsOf(parsed(id).data)) {
      expect(isSignCode(sign.code), sign.code).toBe(true);
      expect(signArt(sign).length, signLabel(sign)).toBeGreaterThan(0);
    }
  });

  it('every stage can be done without a mistake', () => {
    for (const stage of parsed(id).data.stages) {
      // The best-play bot first looks at its car 0 to 80 ms into a stage, as the round's ticks and its cadence fall.
      if (stage.kind === 'drive') for (const offsetMs of [0, 20, 40, 60, 80]) expect(findCleanDrive(stage, offsetMs), `${stage.id} from ${offsetMs} ms`).toBeDefined();
      if (stage.kind === 'brake') expect(brakeTestSolvable(stage, FAIR_REACTION_S), stage.id).toBe(true);
      if (stage.kind === 'quiz') expect(stage.choices[stage.answer], stage.id).toBeDefined();
    }
  });
});

describe('what each pack covers', () => {
  it('panneaux shows at least 25 different signs from every family', () => {
    const content = parsed('panneaux').data;
    const quizSigns = new Set(content.stages.flatMap((stage) => (stage.kind === 'quiz' && stage.sign ? [signLabel(stage.sign)] : [])));
    expect(quizSigns.size).toBeGreaterThanOrEqual(25);
    const families = new Set(content.stages.map((stage) => stage.objective));
    expect(families).toEqual(new Set(['danger', 'intersection', 'interdiction', 'obligation', 'fin-et-zone', 'respecter-panneaux']));
  });

  it('priorites drives through at least 12 junction scenarios of every kind', () => {
    const stages = parsed('priorites').data.stages;
    expect(stages.filter((stage) => stage.kind === 'drive')).toHaveLength(stages.length);
    expect(stages.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(stages.flatMap((stage) => (stage.kind === 'drive' && stage.junction ? [stage.junction.kind] : [])));
    for (const kind of ['unsigned', 'ab1', 'stop', 'yield', 'ab6', 'lights']) expect(kinds, kind).toContain(kind);
    expect(stages.some((stage) => stage.kind === 'drive' && stage.crossing)).toBe(true);
  });

  it('distances-arret brakes and asks at several speeds, on dry and wet roads', () => {
    const stages = parsed('distances-arret').data.stages;
    const brakes = stages.flatMap((stage) => (stage.kind === 'brake' ? [`${stage.speedKmh}-${stage.road}`] : []));
    expect(new Set(brakes.map((b) => b.split('-')[0])).size).toBeGreaterThanOrEqual(4);
    expect(brakes.some((b) => b.endsWith('wet'))).toBe(true);
    expect(stages.some((stage) => stage.kind === 'quiz' && stage.distance?.road === 'wet')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/sdk';
import { checkRoadRulesContent } from './check-content';
import { roadRulesContentSchema, type RoadRulesContent } from './content-schema';

const text = { fr: 'texte', en: 'text' };
const choices = [{ fr: '≈ 81 m', en: '≈ 81 m' }, { fr: 'a', en: 'a' }, { fr: 'b', en: 'b' }, { fr: 'c', en: 'c' }];

function pack(stages: unknown[], maxPointsPerSeat = stages.length * 100): ContentPack<RoadRulesContent> {
  return {
    id: 'essai',
    version: '1.0.0',
    game: 'road-rules',
    title: text,
    description: text,
    ages: { min: 10, max: 18 },
    players: { min: 1, max: 4 },
    durationS: 60,
    objectives: [{ id: 'essai/regle', title: text }],
    maxPointsPerSeat,
    sources: [{ id: 'source', publisher: 'p', title: 't', url: 'https://example.org/' }],
    credits: [],
    licence: 'CC-BY-4.0',
    data: roadRulesContentSchema.parse({ stages }),
  };
}
const drive = (extra: Record<string, unknown>) => ({ kind: 'drive', id: 'd', objective: 'regle', source: 'source', title: text, rule: text, lengthM: 140, ...extra });
const messages = (p: ContentPack<RoadRulesContent>) => checkRoadRulesContent(p).map((problem) => `${problem.path}: ${problem.message}`);

describe('checking road-rules content', () => {
  it('accepts a sound pack', () => {
    expect(messages(pack([drive({ signs: [{ code: 'AB4', atM: 90 }], junction: { atM: 100, kind: 'stop' } })]))).toEqual([]);
  });

  it('names a wrong maximum (objectives, sources and ids are the pack checker\'s, from the game\'s items)', () => {
    expect(messages(pack([drive({}), drive({ id: 'e' })], 100))).toEqual(['maxPointsPerSeat: must be 200 (2 stages × 100 points at most), not 100']);
  });

  it('asks for the junction sign beside the route', () => {
    expect(messages(pack([drive({ junction: { atM: 100, kind: 'stop' } })])).join('\n')).toMatch(/needs its AB4 sign/);
  });

  it('refuses a stage nobody could drive without a mistake', () => {
    // A pedestrian steps out 1 s before the seat reaches the crossing while the route's time limit is short.
    const impossible = drive({ timeLimitS: 10, crossing: { atM: 60, pedestrians: [{ side: 'right', triggerM: 58, waitS: 0 }] }, lengthM: 140 });
    expect(messages(pack([impossible])).join('\n')).toMatch(/no careful way to drive this stage/);
  });

  it('refuses a brake test that even a one-second reaction cannot win', () => {
    const brake = { kind: 'brake', id: 'b', objective: 'regle', source: 'source', title: text, rule: text, speedKmh: 90, road: 'dry', obstacleM: 40 };
    expect(messages(pack([brake])).join('\n')).toMatch(/cannot stop within 40 m/);
  });

  it('checks that a distance question marks the rule-of-thumb number as right', () => {
    const right = { kind: 'quiz', id: 'q', objective: 'regle', source: 'source', sign: { code: 'B14', kmh: 90 }, choices, answer: 0, explain: text, distance: { kmh: 90, road: 'dry', ask: 'stopping' } };
    expect(messages(pack([right]))).toEqual([]);
    expect(messages(pack([{ ...right, answer: 1 }])).join('\n')).toMatch(/should say 81 m/);
    expect(messages(pack([{ ...right, distance: { kmh: 90, road: 'wet', ask: 'stopping' } }])).join('\n')).toMatch(/should say 122 m/);
  });

  it('refuses a forbidden way that is not an exit, and a junction where every way is forbidden', () => {
    const blocked = drive({ signs: [{ code: 'AB6', atM: 30 }], junction: { atM: 100, kind: 'ab6', exits: ['left', 'right'], forbidden: ['left', 'right'] } });
    expect(messages(pack([blocked])).join('\n')).toMatch(/every exit is forbidden/);
    const odd = drive({ signs: [{ code: 'AB6', atM: 30 }], junction: { atM: 100, kind: 'ab6', exits: ['left', 'right'], forbidden: ['straight'] } });
    expect(messages(pack([odd])).join('\n')).toMatch(/"straight" is not an exit/);
  });
});

describe('the content schema', () => {
  it('refuses an unknown sign code, and a speed limit without its speed', () => {
    expect(roadRulesContentSchema.safeParse({ stages: [drive({ signs: [{ code: 'Z99', atM: 10 }] })] }).success).toBe(false);
    expect(roadRulesContentSchema.safeParse({ stages: [drive({ signs: [{ code: 'B14', atM: 10 }] })] }).success).toBe(false);
    expect(roadRulesContentSchema.safeParse({ stages: [drive({ signs: [{ code: 'B14', kmh: 45, atM: 10 }] })] }).success).toBe(false);
    expect(roadRulesContentSchema.safeParse({ stages: [drive({ signs: [{ code: 'B14', kmh: 50, atM: 10 }] })] }).success).toBe(true);
  });
});

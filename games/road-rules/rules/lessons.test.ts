import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { driveStageSchema } from '../content-schema';
import { INFRINGEMENT_KINDS, type Infringement } from './infringements';
import { driveLessons, flashKey, ruleKey } from './lessons';
import { JUNCTION_KINDS } from './priority';

const text = { fr: 'Prends une autre route.', en: 'Take another way.' };
const stage = driveStageSchema.parse({ kind: 'drive', id: 'd', objective: 'o', source: 's', title: text, rule: text, sign: { code: 'B1' }, lengthM: 140 });
const mistake = (kind: Infringement['kind'], atMs: number, extra: Partial<Infringement> = {}): Infringement => ({ kind, atMs, atM: 10, sign: { code: 'AB4' }, ...extra });

describe('feedback lessons', () => {
  it('has a sentence and a flash word, in French and English, for every mistake and junction', () => {
    const keys = [
      ...INFRINGEMENT_KINDS.flatMap((kind) => [flashKey(kind), 'key' in ruleKey(mistake(kind, 0)) ? (ruleKey(mistake(kind, 0)) as { key: string }).key : '']),
      ...JUNCTION_KINDS.map((junction) => (ruleKey(mistake('yield', 0, { junction })) as { key: string }).key),
      'live.collision',
      'feedback.timeout',
    ];
    for (const key of keys) {
      expect((fr as Record<string, string>)[key], `fr ${key}`).toBeTruthy();
      expect((en as Record<string, string>)[key], `en ${key}`).toBeTruthy();
    }
  });

  it('lists each distinct mistake once with every seat that made it, in the order they happened, then who ran out of time', () => {
    const lessons = driveLessons(stage, [
      { seat: 'pad-0', infringements: [mistake('speed', 900, { sign: { code: 'B14', kmh: 30 }, limitKmh: 30 }), mistake('stop', 2000)], finished: true },
      { seat: 'pad-1', infringements: [mistake('stop', 1500)], finished: true },
      { seat: 'kb-left', infringements: [], finished: false },
    ]);
    expect(lessons.map((l) => [l.kind, l.seats])).toEqual([
      ['speed', ['pad-0']],
      ['stop', ['pad-1', 'pad-0']],
      ['timeout', ['kb-left']],
    ]);
    expect(lessons[0]!.text).toEqual({ key: 'rule.speed', vars: { kmh: 30 } });
  });

  it('uses the stage own rule when the mistake is about the stage sign', () => {
    const [lesson] = driveLessons(stage, [{ seat: 'pad-0', infringements: [mistake('wrong-way', 100, { sign: { code: 'B1' } })], finished: true }]);
    expect(lesson!.text).toEqual({ pack: text });
  });

  it('says nothing when every seat kept the rules', () => {
    expect(driveLessons(stage, [{ seat: 'pad-0', infringements: [], finished: true }])).toEqual([]);
  });
});

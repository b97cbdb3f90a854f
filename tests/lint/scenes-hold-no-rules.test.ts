import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules give points and evidence, never a scene: a scene that did would make a round that cannot
 * be replayed or played headless. The scene's round context has no such port, so a scene would
 * have to reach around it — this test catches the ways it could.
 */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\.award\s*\(/, why: 'gives points' },
  { pattern: /\.evidence\s*\(/, why: 'records evidence' },
  { pattern: /\bRoundEngine\b|\bRoundRecorder\b/, why: 'drives the rules itself' },
  { pattern: /\.input\s*\(\s*\{/, why: 'feeds input to the rules' },
  { pattern: /Math\.random\s*\(/, why: 'draws outside the seeded random' },
];

export function ruleBreaches(source: string): string[] {
  return FORBIDDEN.flatMap(({ pattern, why }) => (pattern.test(source) ? [why] : []));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sceneFiles = readdirSync('games').flatMap((game) => {
  const scenes = join('games', game, 'scenes');
  try {
    return filesUnder(scenes);
  } catch {
    return [];
  }
});

describe('scenes hold no rule', () => {
  it('finds what a scene must not do', () => {
    expect(ruleBreaches('this.round.score.award(seat, 10, "x")')).toEqual(['gives points']);
    expect(ruleBreaches('round.learning.evidence({ seat })')).toEqual(['records evidence']);
    expect(ruleBreaches('const x = Math.random();')).toEqual(['draws outside the seeded random']);
    expect(ruleBreaches('this.add.text(0, 0, "A")')).toEqual([]);
  });

  it.each(sceneFiles)('%s gives no points, records no evidence', (file) => {
    expect(ruleBreaches(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

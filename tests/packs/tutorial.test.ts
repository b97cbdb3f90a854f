import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/commands/check';
import { playRound } from '../../src/sdk/testing';
import { checkPack } from '../../src/shared/pack/check-pack';
import game from '../fixtures/tutorial/games/vrai-ou-faux';

const ROOT = 'tests/fixtures/tutorial';
const guide = readFileSync('docs/studio-guide.md', 'utf8');

/** The code blocks of the guide's tutorial that name their file on their first line (`// games/vrai-ou-faux/rules.ts`). */
function tutorialBlocks(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const [, body] of guide.matchAll(/```(?:ts|json)\n([\s\S]*?)```/g)) {
    const first = body!.split('\n')[0]!;
    const named = /^\/\/ ((?:games|content)\/\S+)$/.exec(first);
    if (named) blocks.set(named[1]!, body!.split('\n').slice(1).join('\n'));
  }
  return blocks;
}

describe('the studio guide tutorial', () => {
  it('shows the files of a game that really works, word for word', () => {
    const blocks = tutorialBlocks();
    expect([...blocks.keys()].sort()).toEqual(['games/vrai-ou-faux/index.ts', 'games/vrai-ou-faux/rules.ts', 'games/vrai-ou-faux/scenes/index.ts']);
    for (const [file, code] of blocks) {
      const real = readFileSync(`${ROOT}/${file}`, 'utf8').replaceAll('../../../../../../src/', '../../../src/').replaceAll('../../../../../src/', '../../src/');
      expect(code, `${file} in docs/studio-guide.md`).toBe(real);
    }
  });

  it('passes ludocite check, and a headless round scores as the guide says', async () => {
    const lines: string[] = [];
    const code = await check(['--games-dir', `${ROOT}/games`, '--content-dir', `${ROOT}/content`, '--rounds', '200'], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    expect(lines.join('\n')).not.toMatch(/✗/);
    expect(code).toBe(0);
    const file = `${ROOT}/content/vrai-ou-faux-sport/pack.json`;
    const pack = checkPack(file, readFileSync(file, 'utf8'), new Map([[game.id, game as never]]));
    if (!pack.ok) throw new Error(JSON.stringify(pack.problems));
    const { record } = playRound(game, pack.pack, { seats: 2, seed: 4, bots: [game.bots!.best!, undefined] });
    expect(record.evidence.map((e) => [e.seat, e.outcome])).toEqual([
      ['pad-0', 'correct'],
      ['pad-1', 'unanswered'],
      ['pad-0', 'correct'],
      ['pad-1', 'unanswered'],
    ]);
  });
});

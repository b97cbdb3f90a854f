import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/commands/check';

const FIXTURES = 'tests/fixtures/check';

async function run(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const out = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
  const code = await check(['--games-dir', `${FIXTURES}/games`, '--content-dir', `${FIXTURES}/content`, '--rounds', '30', ...args], out);
  return { code, lines };
}

describe('ludocite check', () => {
  it('passes a well-made mini-game and pack', async () => {
    const { code, lines } = await run('kit-good');
    expect(lines.join('\n')).toMatch(/✓ pack kit-good/);
    expect(code).toBe(0);
  });

  it('names an item whose objective the pack does not declare, with its path', async () => {
    const { code, lines } = await run('kit-undeclared');
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/data\.questions\[1\]\.objective: "c" is not an objective of this pack/));
  });

  it('names a maxPointsPerSeat the best play cannot reach', async () => {
    const { code, lines } = await run('kit-unreachable');
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/maxPointsPerSeat: the best play made 200 points .* not 300/));
  });

  it('names a missing text, a placeholder mismatch and rules that throw under random presses', async () => {
    const { code, lines } = await run('kit-sloppy');
    expect(code).toBe(1);
    const text = lines.join('\n');
    expect(text).toMatch(/locales\.en: no text for "hint"/);
    expect(text).toMatch(/locales\.en\.score: its \{\{placeholders\}\} differ/);
    expect(text).toMatch(/rounds\.random\[.*\]: the rules threw: kit-sloppy: back is not handled/);
  });

  it('says what is wrong with its arguments', async () => {
    expect((await run('no-such-thing')).code).toBe(2);
    expect((await run('--rounds', 'many')).code).toBe(2);
  });
});

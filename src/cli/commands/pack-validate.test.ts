import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packValidate } from './pack-validate';

function capture() {
  const lines: string[] = [];
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } };
}

describe('ludocite pack validate', () => {
  it('passes the shipped packs', async () => {
    const { lines, out } = capture();
    expect(await packValidate(['content/sante-sport'], out)).toBe(0);
    expect(lines.at(-1)).toBe('1 valid, 0 invalid');
  });

  it('prints every problem with its path and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ludocite-pack-'));
    cpSync('content/sante-sport', join(dir, 'sante-sport'), { recursive: true });
    const file = join(dir, 'sante-sport', 'pack.json');
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    delete pack.title.en;
    pack.data.questions[2].answer = 7;
    writeFileSync(file, JSON.stringify(pack));
    const { lines, out } = capture();
    expect(await packValidate([dir], out)).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('title.en');
    expect(text).toContain('data.questions[2].answer');
    expect(lines.at(-1)).toBe('0 valid, 1 invalid');
  });

  it('says so when the folder does not exist', async () => {
    const { lines, out } = capture();
    expect(await packValidate(['no/such/folder'], out)).toBe(1);
    expect(lines[0]).toMatch(/no folder/);
  });
});

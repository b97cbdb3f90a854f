import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a source text as if it stood at `file`, and returns the import rule's messages. */
async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import directions of docs/architecture.md', () => {
  it('stops a mini-game importing anything from src/ but the SDK', async () => {
    expect(await importErrors('games/demo/index.ts', "import { slug } from '../../src/shared/ids';\nexport const x = slug;\n")).toHaveLength(1);
    expect(await importErrors('games/demo/index.ts', "import { z } from '../../src/sdk';\nexport const x = z;\n")).toEqual([]);
    expect(await importErrors('games/demo/scenes/a.ts', "import { THEME } from '../../../src/sdk/scene';\nexport const x = THEME;\n")).toEqual([]);
  });

  it('keeps shared free of apps, Phaser and Node', async () => {
    expect(await importErrors('src/shared/demo.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n")).toHaveLength(1);
    expect(await importErrors('src/shared/demo.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await importErrors('src/shared/demo.ts', "import { Shell } from '../screen/shell';\nexport const x = Shell;\n")).toHaveLength(1);
  });

  it('keeps the SDK door loadable without Phaser', async () => {
    expect(await importErrors('src/sdk/demo.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n")).toHaveLength(1);
  });

  it('stops one app importing another', async () => {
    expect(await importErrors('src/screen/demo.ts', "import { buildServer } from '../server/app';\nexport const x = buildServer;\n")).toHaveLength(1);
    expect(await importErrors('src/server/demo.ts', "import { Shell } from '../screen/shell';\nexport const x = Shell;\n")).toHaveLength(1);
    expect(await importErrors('src/screen/demo.ts', "import { slug } from '../shared/ids';\nexport const x = slug;\n")).toEqual([]);
  });
});

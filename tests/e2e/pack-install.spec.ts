import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BUTTON, pads } from './support/fake-pads';
import { selectPack, snapshot, testScreenQuery, waitForScreen } from './support/screen';
import { openCentreScreen, startCentreServer, type CentreServer } from './support/server';

/**
 * Packs reach screens through the centre, live: a pack installed with `ludocite pack install`
 * into a running centre shows on a screen that was already open, with no build and no reload,
 * and plays. The centre is this spec's own, so the packs it adds reach no other spec's catalogue.
 */
const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const NEW_PACK = 'installe-en-direct';
const NO_GAME_PACK = 'jeu-absent';

interface QuizPackJson {
  id: string;
  title: Record<string, string>;
  objectives: { id: string }[];
  maxPointsPerSeat: number;
  data: { questionsPerRound: number; questions: { objective: string; answer: 0 | 1 | 2 | 3 }[] };
}

/** A two-question quiz-duel pack made from sante-sport, as a studio would hand it over. */
function twoQuestionPack(folder: string): QuizPackJson {
  const pack = JSON.parse(readFileSync('content/sante-sport/pack.json', 'utf8')) as QuizPackJson;
  const questions = pack.data.questions.slice(0, 2);
  const used = new Set(questions.map((q) => (q.objective.includes('/') ? q.objective.split('/')[1] : q.objective)));
  const made: QuizPackJson = {
    ...pack,
    id: NEW_PACK,
    title: { fr: 'Installé en direct', en: 'Installed live' },
    objectives: pack.objectives.filter((o) => used.has(o.id.split('/')[1]!)).map((o) => ({ ...o, id: `${NEW_PACK}/${o.id.split('/')[1]}` })),
    // The quiz's true maximum scales with the questions asked.
    maxPointsPerSeat: (pack.maxPointsPerSeat / pack.data.questionsPerRound) * 2,
    data: { ...pack.data, questionsPerRound: 2, questions: questions.map((q) => ({ ...q, objective: q.objective.split('/').at(-1)! })) },
  };
  mkdirSync(join(folder, NEW_PACK), { recursive: true });
  writeFileSync(join(folder, NEW_PACK, 'pack.json'), JSON.stringify(made, null, 2));
  return made;
}

let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
});
test.afterAll(async () => {
  await centre.dispose();
});

/** Taps to the right until the catalogue highlights `id`. */
async function select(page: Page, id: string): Promise<void> {
  await selectPack(page, id, () => pads.tap(page, 0, BUTTON.RIGHT));
  expect((await snapshot(page)).catalogue.selection).toBe(id);
}

/** A 1920×1080 shot kept with the test's output, for a person to look at (not compared: the catalogue changes with the packs). */
async function shot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

async function toCatalogue(page: Page): Promise<void> {
  await waitForScreen(page, 'attract');
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'catalogue');
}

test('a pack installed with `pack install` shows on a screen already open, without reload, and plays to the end', async ({ page }) => {
  test.setTimeout(180_000);
  await openCentreScreen(page, centre);
  await toCatalogue(page);
  expect((await snapshot(page)).catalogue.packs.map((p) => p.id)).not.toContain(NEW_PACK);
  // Anything the page holds would be lost by a reload.
  await page.evaluate(() => ((window as unknown as { sameVisit: boolean }).sameVisit = true));

  const studio = mkdtempSync(join(tmpdir(), 'ludocite-studio-'));
  const pack = twoQuestionPack(studio);
  const install = await promisify(execFile)('npm', ['run', '--silent', 'ludocite', '--', 'pack', 'install', join(studio, NEW_PACK)], {
    env: { ...process.env, CONTENT_DIR: centre.contentDir },
  });
  rmSync(studio, { recursive: true, force: true });
  expect(install.stdout).toContain(`✓ ${NEW_PACK} `);
  const installedAt = Date.now();

  // Within 10 s, on the catalogue screen it was showing.
  await expect.poll(async () => (await snapshot(page)).catalogue.packs.map((p) => p.id), { timeout: 10_000, intervals: [250] }).toContain(NEW_PACK);
  const shownAfter = `${Date.now() - installedAt} ms`;
  test.info().annotations.push({ type: 'pack shown after', description: shownAfter });
  console.log(`[pack-install] the installed pack showed on the open screen ${shownAfter} after the install command`);
  expect(await page.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit)).toBe(true);
  expect((await snapshot(page)).screen).toBe('catalogue');

  await select(page, NEW_PACK);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'round');
  expect((await snapshot(page)).round?.pack).toBe(NEW_PACK);
  const answers = new Map(pack.data.questions.map((q) => [(q as unknown as { id: string }).id, q.answer]));
  for (let n = 0; n < 2; n++) {
    await expect.poll(async () => {
      const view = (await snapshot(page)).round?.view;
      return view?.phase === 'open' && view.index === n ? view.item : null;
    }, { timeout: 40_000 }).not.toBeNull();
    const item = (await snapshot(page)).round!.view!.item as string;
    await pads.tap(page, 0, FACE[answers.get(item)!]);
  }
  await waitForScreen(page, 'results', 60_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results.pack).toBe(NEW_PACK);
  expect(results.reason).toBe('complete');
  expect(results.seats[0]).toMatchObject({ seat: 'pad-0', correct: 2, answered: 2 });
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved, { timeout: 20_000 }).toBe('saved');
});

test('a pack of a mini-game the screen lacks is listed greyed with the reason, and quick play says why a pack cannot start', async ({ page }) => {
  test.setTimeout(180_000);
  // Written straight into the content folder: `pack install` refuses a pack of an unknown mini-game.
  const pack = JSON.parse(readFileSync('content/sante-sport/pack.json', 'utf8')) as QuizPackJson & { game: string };
  mkdirSync(join(centre.contentDir, NO_GAME_PACK), { recursive: true });
  writeFileSync(
    join(centre.contentDir, NO_GAME_PACK, 'pack.json'),
    JSON.stringify({ ...pack, id: NO_GAME_PACK, game: 'memory-cards', title: { fr: 'Mémoire des gestes', en: 'Memory of moves' }, objectives: pack.objectives.map((o) => ({ ...o, id: o.id.replace('sante-sport/', `${NO_GAME_PACK}/`) })), data: {} }),
  );
  // The centre rescans every 2 s.
  await page.waitForTimeout(2_500);

  await openCentreScreen(page, centre, 'lang=fr&reducedMotion=1');
  await toCatalogue(page);
  expect((await snapshot(page)).catalogue.unavailable).toEqual([{ id: NO_GAME_PACK, game: 'memory-cards' }]);
  expect((await snapshot(page)).catalogue.packs.map((p) => p.id)).not.toContain(NO_GAME_PACK);
  await select(page, NO_GAME_PACK);
  await shot(page, 'catalogue-unavailable-fr');
  // A greyed card does not start.
  await pads.tap(page, 0, BUTTON.A);
  await page.waitForTimeout(500);
  expect((await snapshot(page)).screen).toBe('catalogue');

  for (const [query, kind] of [
    [`lang=en&pack=${NO_GAME_PACK}`, 'unavailable'],
    ['lang=fr&pack=invalid-pack', 'invalid'],
    ['lang=en&pack=no-such-pack', 'unknown'],
  ] as const) {
    await page.goto(`${centre.url}/screen/?${testScreenQuery(`reducedMotion=1&${query}`)}`);
    await expect.poll(async () => (await snapshot(page)).quickPlayProblem?.kind, { timeout: 30_000 }).toBe(kind);
    const { screen, quickPlayProblem } = await snapshot(page);
    expect(screen).toBe('boot');
    if (kind === 'invalid') expect(quickPlayProblem!.details).toEqual(expect.arrayContaining([expect.stringMatching(/^title\.en: /), expect.stringMatching(/^data\.afterMs: /)]));
    await shot(page, `quick-play-${kind}`);
  }
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'attract');
});

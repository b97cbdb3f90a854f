import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { addEducatorAccount, signInKeyboardRight, signInPad } from './support/educator';
import { tapUntil } from './support/sign-in';
import { BUTTON, pads, tapKey } from './support/fake-pads';
import { quizAnswers, waitForQuiz } from './support/quiz';
import { selectPack, snapshot, waitForScreen } from './support/screen';
import { openCentreScreen, startCentreServer, type CentreServer } from './support/server';

/**
 * The educator dashboard end to end (issue 10, "Done when"): an educator signs in, creates a group,
 * prints its cards, the cards play a real round of sante-sport on the screen, and the dashboard
 * shows the group's heatmap, its hardest questions and who needs help; then a card's page, the
 * children's-data page, English, and the erasure of a card. Shots of every page are written to
 * tests/e2e/__screenshots__/dashboard.spec.ts/ to be looked at (pseudonyms, codes and dates change
 * on every run, so they are not compared pixel by pixel).
 */
const SHOTS = join(import.meta.dirname, '__screenshots__', 'dashboard.spec.ts');
const LAPTOP = { width: 1366, height: 768 };
const TABLET = { width: 820, height: 1180 };
const PASSWORD = 'un mot de passe pour le test';
const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const KEYS_RIGHT = ['Digit7', 'Digit8', 'Digit9', 'Digit0'] as const;
const wrongOf = (answer: 0 | 1 | 2 | 3) => ((answer + 1) % 4) as 0 | 1 | 2 | 3;
/** The titles of sante-sport's objectives, as its pack gives them: what the dashboard shows in place of ids. */
const OBJECTIVE_TITLES = (JSON.parse(readFileSync(join(import.meta.dirname, '../../content/sante-sport/pack.json'), 'utf8')) as { objectives: { title: { fr: string; en: string } }[] }).objectives.map((o) => o.title);
/** A pattern matching any of these texts, as written. */
const anyOf = (texts: string[]) => new RegExp(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** A day `offset` days from today as the dashboard writes it (dd/mm/yyyy in both languages), and as the API does. */
const dayFrom = (offset: number) => {
  const date = new Date(Date.now() + offset * 86_400_000);
  const [d, m, y] = [date.getDate(), date.getMonth() + 1, date.getFullYear()];
  const two = (n: number) => String(n).padStart(2, '0');
  return { typed: `${two(d)}/${two(m)}/${y}`, iso: `${y}-${two(m)}-${two(d)}` };
};

let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await centre?.dispose();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens one of the group's tabs from its navigation, as a reader does. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Rapports du groupe' }).getByRole('link', { name }).click();
  await expect(heading(page)).toContainText(name);
}

test('an educator makes a group and its cards, they play a round, and the dashboard shows the heatmap, the hardest questions and who needs help', async ({ page, context }) => {
  test.setTimeout(360_000);
  await addEducatorAccount(centre, 'maitre', PASSWORD);
  await page.setViewportSize(LAPTOP);

  // Sign-in with the keyboard alone.
  await page.goto(`${centre.url}/dashboard/`);
  await expect(heading(page)).toHaveText('Connexion éducateur');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await shot(page, 'login');
  await page.getByLabel('Identifiant').focus();
  await page.keyboard.type('maitre');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Mes groupes');

  // A group, and a sheet of two new cards for it.
  await page.getByLabel('Nom du groupe').fill('CM2 Bleu');
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  await expect(heading(page)).toHaveText('CM2 Bleu — Cartes du groupe');
  await page.getByLabel('Nombre de cartes (1 à 48)').fill('2');
  await page.getByRole('button', { name: 'Créer les cartes' }).click();
  await expect(page.getByText('2 cartes créées et ajoutées au groupe.')).toBeVisible();
  const codes = await page.locator('.made code').allTextContents();
  expect(codes).toHaveLength(2);
  const [sheet] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Ouvrir la feuille à imprimer' }).click()]);
  await sheet.waitForLoadState();
  // Each card: its code in two groups of four, and a QR of it.
  for (const code of codes) {
    await expect(sheet.getByText(`${code.slice(0, 4)} ${code.slice(4)}`, { exact: true })).toBeVisible();
    await expect(sheet.getByRole('img', { name: `QR ${code}` })).toBeVisible();
  }
  await shot(sheet, 'card-sheet');
  await sheet.close();
  const cards = centre.rows<{ id: string; code: string; pseudonym: string }>(
    'SELECT p.id, p.code, p.pseudonym FROM group_cards g JOIN player_cards p ON p.id = g.player_card_id ORDER BY p.code',
  );
  expect(cards.map((c) => c.code).sort()).toEqual([...codes].sort());
  const [wrongCard, rightCard] = cards.map((c) => ({ ...c, code: c.code }));

  // A real round on the screen: the first card on the right keyboard seat answers wrong, the
  // second on a pad answers right.
  const screen = await context.newPage();
  await openCentreScreen(screen, centre, 'pace=0.2');
  await waitForScreen(screen, 'attract');
  await tapKey(screen, 'Enter');
  await waitForScreen(screen, 'lobby');
  await signInKeyboardRight(screen, wrongCard!.code);
  await pads.connect(screen, 0);
  await tapUntil(screen, () => pads.tap(screen, 0, BUTTON.A), (s) => s.seats.some((seat) => seat.id === 'pad-0'));
  await signInPad(screen, 0, rightCard!.code);
  expect((await snapshot(screen)).seats.map((s) => s.playerCard).sort()).toEqual([wrongCard!.pseudonym, rightCard!.pseudonym].sort());
  await pads.tap(screen, 0, BUTTON.A);
  await tapKey(screen, 'Enter');
  await waitForScreen(screen, 'catalogue');
  await expect.poll(async () => (await snapshot(screen)).catalogue.origin).toBe('centre');
  await selectPack(screen, 'sante-sport', () => pads.tap(screen, 0, BUTTON.RIGHT));
  await pads.tap(screen, 0, BUTTON.A);
  await waitForScreen(screen, 'round');
  expect((await snapshot(screen)).round?.pack).toBe('sante-sport');
  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  for (let n = 0; n < questionsPerRound; n++) {
    const item = (await waitForQuiz(screen, 'open', n)).item!;
    const right = answers.get(item)!;
    await pads.tap(screen, 0, FACE[right]);
    await tapKey(screen, KEYS_RIGHT[wrongOf(right)]!);
    await waitForQuiz(screen, 'reveal', n);
  }
  await waitForScreen(screen, 'results', 60_000);
  await expect.poll(async () => (await snapshot(screen)).lastResults?.saved).toBe('saved');
  await screen.close();

  // The overview: participation, rounds, accuracy with what it rests on, the bands chart and its table.
  await page.getByRole('link', { name: "Vue d'ensemble" }).click();
  await expect(heading(page)).toHaveText("CM2 Bleu — Vue d'ensemble");
  await expect(page.getByText('2 cartes sur 2 ont joué')).toBeVisible();
  await expect(page.getByText(`50 % (répondu ${2 * questionsPerRound} / ${2 * questionsPerRound})`)).toBeVisible();
  await expect(page.locator('canvas[role="img"]')).toBeVisible();
  const bands = page.getByRole('table', { name: 'Répartition des joueurs par réussite' });
  await expect(bands.getByRole('row', { name: /moins de 50 %\s+1$/ })).toBeVisible();
  await expect(bands.getByRole('row', { name: /85 % et plus\s+1$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: "Télécharger en CSV : Vue d'ensemble" })).toHaveAttribute('href', /reports\/overview\?format=csv&lang=fr/);
  // Objectives by their French titles, never by id.
  const masteryTable = page.getByRole('table', { name: 'Maîtrise par objectif' });
  await expect(masteryTable.getByRole('rowheader').first()).toHaveText(anyOf(OBJECTIVE_TITLES.map((title) => title.fr)));
  await expect(page.getByRole('main')).not.toContainText('sante-sport/');
  // The period typed as the dashboard writes dates, whatever the browser's locale; a day the
  // calendar lacks is refused with the field named.
  await page.getByLabel('Du', { exact: true }).fill('31/02/2026');
  await page.getByRole('button', { name: 'Afficher la période' }).click();
  await expect(page.getByRole('alert')).toHaveText("« Du » : « 31/02/2026 » n'est pas un jour du calendrier.");
  await expect(page.getByLabel('Du', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const [weekAgo, tomorrow] = [dayFrom(-7), dayFrom(1)];
  await page.getByLabel('Du', { exact: true }).fill(weekAgo.typed);
  await page.getByLabel('Au', { exact: true }).fill(tomorrow.typed);
  await page.getByRole('button', { name: 'Afficher la période' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${weekAgo.iso}&to=${tomorrow.iso}$`));
  await expect(page.getByText(`Du ${weekAgo.typed} au ${tomorrow.typed}.`)).toBeVisible();
  await expect(page.getByLabel('Du', { exact: true })).toHaveValue(weekAgo.typed);
  await expect(page.getByText('2 cartes sur 2 ont joué')).toBeVisible();
  await shot(page, 'overview');

  // The heatmap: a row per card, each cell the mastery and the answers behind it.
  await openTab(page, 'Carte de maîtrise');
  const heatmap = page.getByRole('table', { name: 'Maîtrise par carte et par objectif' });
  await expect(heatmap.getByRole('rowheader')).toHaveCount(2);
  for (const header of await heatmap.locator('thead th').all().then((all) => all.slice(1))) expect(OBJECTIVE_TITLES.map((title) => title.fr)).toContain((await header.innerText()).replace(/\s*[⇅▲▼]$/, '').replace(/\s+/g, ' ').trim());
  await expect(heatmap.getByRole('row', { name: new RegExp(rightCard!.pseudonym) })).toContainText(/\d+\s%\s*\d+ rép\./);
  const csv = await page.request.get(`${centre.url}${await page.getByRole('link', { name: /Télécharger en CSV/ }).getAttribute('href')}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  // Sorting by the first objective with the keyboard, announced by aria-sort.
  const firstObjective = heatmap.locator('thead th').nth(1);
  await firstObjective.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(firstObjective).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(firstObjective).toHaveAttribute('aria-sort', 'descending');
  await shot(page, 'heatmap');

  // The questions, hardest first: every item asked, each right for one card of two.
  await openTab(page, 'Questions');
  const questions = page.getByRole('table', { name: 'Questions de la période' });
  await expect(questions.locator('tbody tr')).toHaveCount(questionsPerRound);
  await expect(questions.locator('tbody tr').first()).toContainText('50 % (1 / 2)');
  await expect(questions.locator('tbody tr').first()).toContainText('sante-sport / ');
  await shot(page, 'questions');

  // Who needs help: what the dashboard lists is what the centre's report says.
  await openTab(page, "Qui a besoin d'aide");
  await expect(page.getByText(/Cartes dont la maîtrise d'un objectif reste sous 40\s%/)).toBeVisible();
  const groupId = new URL(page.url()).hash.split('/')[2]!;
  const help = (await (await page.request.get(`${centre.url}/api/educator/groups/${groupId}/reports/help`)).json()) as { cards: { pseudonym: string }[] };
  const helpTable = page.getByRole('table', { name: "Qui a besoin d'aide, et sur quoi" });
  if (help.cards.length) await expect(helpTable.getByRole('rowheader')).toHaveText(help.cards.map((c) => new RegExp(c.pseudonym)));
  else await expect(helpTable).toContainText("Personne pour l'instant");
  await shot(page, 'help');

  // A card's page: progress chart and its table, objectives, the round just played.
  await openTab(page, 'Cartes du groupe');
  await shot(page, 'cards');
  await page.getByRole('link', { name: new RegExp(wrongCard!.pseudonym) }).click();
  await expect(heading(page)).toContainText(wrongCard!.pseudonym);
  await expect(page.locator('canvas[role="img"]')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dernières parties' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Dernières parties' })).toContainText(`0 % (répondu ${questionsPerRound} / ${questionsPerRound})`);
  await shot(page, 'card');

  // The children's-data page and the access log.
  await page.getByRole('link', { name: 'Données des enfants' }).click();
  await expect(heading(page)).toHaveText('Les données des enfants');
  await expect(page.getByText(/après 365 jours/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Journal des accès' }).getByText('a imprimé des cartes').first()).toBeVisible();
  await shot(page, 'privacy');

  // English, and the tablet size.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText("Children's data");
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.setViewportSize(TABLET);
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('link', { name: 'CM2 Bleu' }).click();
  await expect(heading(page)).toHaveText('CM2 Bleu — Overview');
  await expect(page.getByRole('table', { name: 'Mastery per objective' })).toContainText(anyOf(OBJECTIVE_TITLES.map((title) => title.en)));
  await expect(page.getByText('Format: dd/mm/yyyy')).toBeVisible();
  await shot(page, 'overview-en-tablet');
  await page.setViewportSize(LAPTOP);

  // Erasing a card, after a confirmation.
  await page.getByRole('button', { name: 'Français' }).click();
  await page.goto(`${centre.url}/dashboard/#/group/${groupId}/card/${wrongCard!.id}`);
  await page.getByRole('button', { name: 'Effacer la carte…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(heading(page)).toHaveText('CM2 Bleu — Cartes du groupe');
  await expect(page.getByRole('table', { name: 'Cartes du groupe (1)' })).toBeVisible();
  expect(centre.rows('SELECT id FROM player_cards WHERE id = ?', wrongCard!.id)).toEqual([]);
});

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import WebSocket from 'ws';
import { generatePseudonym } from '../../src/shared/player-card/pseudonym-generator';
import { ROOM_PATHS, ROOM_PROTOCOL_VERSION } from '../../src/shared/room/room-limits';
import { BUTTON, pads } from './support/fake-pads';
import { quizAnswers, waitForQuiz } from './support/quiz';
import { openScreen, selectPack, snapshot, waitForScreen } from './support/screen';
import { expect, test } from './support/test';

/**
 * Phones as controllers with the real big screen and the real /play page (issue 12, "Done
 * when"): four phones join a screen's room — two by the code it shows, two by the QR decoded from
 * the screen's own screenshot — and play a whole quiz-duel round beside two pads, each seeing its
 * own results; one reloads mid-round and gets its seat back; a fifth joining mid-round waits for
 * the next round. Then a whole group: thirty seats (two pads, 28 phones spoken by plain sockets)
 * on one question, its count of answers, its distribution and top five, and the host's pause
 * menu. Shots of the attract and lobby screens with the code and QR, the group question, its
 * reveal and the thirty seats' results are written beside the test's results for a person to
 * look at (the room's code changes every run, so they are not compared).
 */

const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const wrongOf = (answer: 0 | 1 | 2 | 3) => ((answer + 1) % 4) as 0 | 1 | 2 | 3;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'fr-FR' } as const;

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<Buffer> {
  const image = await page.screenshot();
  await testInfo.attach(name, { body: image, contentType: 'image/png' });
  writeFileSync(testInfo.outputPath(`${name}.png`), image);
  // PHONES_SHOTS_DIR keeps them where the next run's cleaning of test-results cannot reach.
  if (process.env.PHONES_SHOTS_DIR) writeFileSync(`${process.env.PHONES_SHOTS_DIR}/${name}.png`, image);
  return image;
}

/** Reads the QR in a screenshot with jsQR, in a blank page (the browser decodes the PNG). */
async function decodeQr(browser: Browser, png: Buffer): Promise<string | null> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<canvas></canvas>');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
  const text = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.querySelector('canvas')!;
    canvas.width = image.width;
    canvas.height = image.height;
    const context2d = canvas.getContext('2d')!;
    context2d.drawImage(image, 0, 0);
    const pixels = context2d.getImageData(0, 0, image.width, image.height);
    const found = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR(pixels.data, image.width, image.height);
    return found?.data ?? null;
  }, png.toString('base64'));
  await context.close();
  return text;
}

interface Phone {
  context: BrowserContext;
  page: Page;
  pseudonym: string;
}

/** The phone's page shows `kind` (the controller writes it on #app). */
async function showing(page: Page, kind: string, timeout = 20_000): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-page', kind, { timeout });
}

/** A phone opens `address` (the join page, or the QR's), types `code` if asked, picks a suggested name and joins. */
async function joinPhone(browser: Browser, baseURL: string, options: { code?: string; address?: string; pick: number }): Promise<Phone> {
  const context = await browser.newContext({ ...PHONE, baseURL });
  const page = await context.newPage();
  await page.goto(options.address ?? '/play');
  if (options.code) {
    await page.locator('#room-code').fill(options.code);
    await page.locator('form button[type=submit]').tap();
  }
  await expect(page.locator('.choices-list button')).toHaveCount(5);
  const pseudonym = (await page.locator('.choices-list button').nth(options.pick).textContent())!.trim();
  await page.locator('.choices-list button').nth(options.pick).tap();
  await page.locator('.actions button').first().tap();
  return { context, page, pseudonym };
}

/** Waits until question `n` is over: revealed, or the round has moved past it (or ended). */
async function closed(screen: Page, n: number): Promise<void> {
  await screen.waitForFunction(
    (at) => {
      const now = (window as unknown as { ludocite: { snapshot(): { screen: string; round?: { view?: { phase: string; index: number } | null } | null } } }).ludocite.snapshot();
      const view = now.round?.view;
      if (now.screen !== 'round' || !view) return now.screen === 'results';
      return view.index > at || (view.index === at && !['intro', 'open', 'settle'].includes(view.phase));
    },
    n,
    { timeout: 90_000, polling: 100 },
  );
}

const seatOf = async (screen: Page, pseudonym: string) => (await snapshot(screen)).seats.find((s) => s.input === 'phone' && s.name === pseudonym)?.id ?? null;

/** Pads 0 and 1 join the lobby and ready up; then sante-sport is picked in the catalogue. Shots of both, named after `label`. */
async function padsStartQuiz(screen: Page, testInfo: TestInfo, label: string): Promise<void> {
  for (const pad of [0, 1]) {
    await pads.connect(screen, pad);
    await pads.tap(screen, pad, BUTTON.A);
  }
  await expect.poll(async () => (await snapshot(screen)).seats.filter((s) => s.input === 'pad').length).toBe(2);
  await shot(screen, testInfo, `lobby-${label}`);
  await pads.tap(screen, 0, BUTTON.A);
  await pads.tap(screen, 1, BUTTON.A);
  await waitForScreen(screen, 'catalogue');
  await shot(screen, testInfo, `catalogue-${label}`);
  await selectPack(screen, 'sante-sport', () => pads.tap(screen, 0, BUTTON.RIGHT));
  expect((await snapshot(screen)).catalogue.selection).toBe('sante-sport');
  await pads.tap(screen, 0, BUTTON.A);
  await waitForScreen(screen, 'round');
}

test('four phones join by the code and by the QR, play a whole quiz-duel round with two pads, see their own results; a reload keeps its seat; a late phone waits', async ({ page: screen, browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  await openScreen(screen, 'pace=0.25&lang=fr&reducedMotion=1');
  await waitForScreen(screen, 'attract');
  await expect.poll(async () => (await snapshot(screen)).room?.shownCode ?? null, { timeout: 30_000 }).not.toBeNull();
  const code = (await snapshot(screen)).room!.shownCode!;
  expect(code).toMatch(/^[ACEFHJKMNPRTWXY]{4}$/);

  const attract = await shot(screen, testInfo, 'attract-code-qr');
  const address = await decodeQr(browser, attract);
  expect(address).toBe(`${baseURL}/play?room=${code}`);

  // Two by the code typed, two by the QR's address.
  const phones: Phone[] = [];
  phones.push(await joinPhone(browser, baseURL!, { code, pick: 0 }));
  await showing(phones[0]!.page, 'lobby');
  // A phone seated from attract mode opens the lobby.
  await waitForScreen(screen, 'lobby');
  phones.push(await joinPhone(browser, baseURL!, { code, pick: 1 }));
  phones.push(await joinPhone(browser, baseURL!, { address: address!, pick: 2 }));
  phones.push(await joinPhone(browser, baseURL!, { address: address!, pick: 3 }));
  for (const phone of phones) await showing(phone.page, 'lobby');
  await expect.poll(async () => (await snapshot(screen)).seats.filter((s) => s.input === 'phone').map((s) => s.name).sort()).toEqual(phones.map((p) => p.pseudonym).sort());
  const seats = await Promise.all(phones.map((p) => seatOf(screen, p.pseudonym)));

  await padsStartQuiz(screen, testInfo, 'four-phones-two-pads');

  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  let late: Phone | null = null;
  // What each seat should end with: the questions it answered, and those it got right.
  const played = { answered: 0, even: 0 };
  for (let n = 0; n < questionsPerRound; n++) {
    await waitForQuiz(screen, 'open', n, 90_000);
    // The rules' view is open from the round's start; presses count once the mini-game has drawn its first frame.
    await expect.poll(async () => (await snapshot(screen)).round?.phase, { timeout: 60_000 }).toBe('running');
    if (n === 1) {
      // Phone 2 reloads mid-round: its seat waits for it, idle; the round goes on.
      await phones[1]!.page.reload();
      await expect.poll(async () => (await snapshot(screen)).seats.find((s) => s.id === seats[1])?.away ?? true).toBe(false);
      // A fifth phone joins mid-round: it waits for the next round.
      late = await joinPhone(browser, baseURL!, { code, pick: 4 });
      await showing(late.page, 'lobby');
      await expect(late.page.locator('.status')).toHaveText('Tu joueras à la prochaine manche.');
      await expect.poll(async () => (await snapshot(screen)).room?.waiting).toBe(1);
      // On a loaded machine that may outlast the question: then nobody answers it.
      const now = (await snapshot(screen)).round?.view as { phase?: string; index?: number; timeLeftMs?: number } | null;
      if (now?.phase !== 'open' || now.index !== 1 || (now.timeLeftMs ?? 0) < 8_000) continue;
    }
    const item = ((await snapshot(screen)).round!.view as { item: string }).item;
    const right = answers.get(item)!;
    // Phones 1 and 3 always right, phone 2 always wrong, phone 4 right on even questions.
    const picks = [right, wrongOf(right), right, n % 2 === 0 ? right : wrongOf(right)];
    // All at once, as in a hall: one after the other, a loaded test machine can outlast the 20 s answer time.
    await Promise.all([
      ...phones.map(async (phone, i) => {
        const button = phone.page.locator(`.answer[data-choice="${picks[i]}"]`);
        // Bounded: a tap that waited longer would land on a later question's button.
        await expect(button).toBeEnabled({ timeout: 10_000 });
        await expect(button).toBeVisible({ timeout: 10_000 });
        await button.tap({ timeout: 10_000 });
      }),
      (async () => {
        await pads.tap(screen, 0, FACE[right]);
        await pads.tap(screen, 1, FACE[wrongOf(right)]);
      })(),
    ]);
    // Every seat answered, so the question closes at once; its short reveal may pass between two
    // looks on a loaded machine, so what is checked is that the question is over and each seat's count.
    await closed(screen, n).catch(async (error: unknown) => {
      const now = await snapshot(screen);
      await shot(screen, testInfo, `stuck-at-question-${n}`);
      throw new Error(`question ${n} did not close: ${JSON.stringify({ screen: now.screen, round: now.round && { phase: now.round.phase, pauseReasons: now.round.pauseReasons, view: now.round.view } })}`, { cause: error });
    });
    const answeredNow = (await snapshot(screen)).round?.scores.map((line) => line.answered) ?? (await snapshot(screen)).lastResults!.seats.map((line) => line.answered);
    if (answeredNow.some((count) => count !== played.answered + 1)) {
      for (const [i, phone] of phones.entries()) await testInfo.attach(`phone-${i + 1}-at-question-${n}`, { body: await phone.page.screenshot(), contentType: 'image/png' });
    }
    expect(answeredNow).toEqual(Array(6).fill(played.answered + 1));
    played.answered++;
    if (n % 2 === 0) played.even++;
  }

  await waitForScreen(screen, 'results', 60_000);
  const results = (await snapshot(screen)).lastResults!;
  const scoreOf = (seat: string | null) => results.seats.find((s) => s.seat === seat)!;
  expect(played.answered).toBeGreaterThanOrEqual(questionsPerRound - 1);
  expect(scoreOf(seats[0]!)).toMatchObject({ correct: played.answered, answered: played.answered });
  expect(scoreOf(seats[1]!)).toMatchObject({ correct: 0, answered: played.answered });
  expect(scoreOf(seats[3]!)).toMatchObject({ correct: played.even, answered: played.answered });
  // Each phone shows its own results: accuracy with "answered n / m".
  await showing(phones[0]!.page, 'results');
  await expect(phones[0]!.page.locator('.figures')).toContainText('100 %');
  await showing(phones[1]!.page, 'results');
  await expect(phones[1]!.page.locator('.figures')).toContainText('0 %');
  await showing(phones[3]!.page, 'results');
  await expect(phones[3]!.page.locator('.figures')).toContainText(`${Math.round((100 * played.even) / played.answered)} %`);
  // The round's record says which seats were phones, and the centre took it.
  await expect.poll(async () => (await snapshot(screen)).lastResults?.saved, { timeout: 30_000 }).toBe('saved');

  // The late phone gets its seat once the round is over, for the next one.
  await expect.poll(async () => seatOf(screen, late!.pseudonym)).not.toBeNull();
  expect((await snapshot(screen)).room?.waiting).toBe(0);
  await expect(late!.page.locator('.status')).not.toHaveText('Tu joueras à la prochaine manche.');
  for (const phone of [...phones, late!]) await phone.context.close();
});

/** A phone spoken by a plain socket: joins as a guest, presses when told, and keeps the last view it was sent. */
class SocketPhone {
  seatId: string | null = null;
  lastView: Record<string, unknown> | null = null;

  private constructor(
    private readonly socket: WebSocket,
    readonly seat: Promise<string>,
  ) {
    void seat.then((id) => (this.seatId = id));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; view?: Record<string, unknown> };
      if (message.type === 'view') this.lastView = message.view!;
    });
  }

  static async join(baseURL: string, code: string, pseudonym: string): Promise<SocketPhone> {
    const address = new URL(ROOM_PATHS.phone, baseURL);
    address.protocol = 'ws:';
    const socket = new WebSocket(address);
    await new Promise<void>((done, fail) => {
      socket.once('open', () => done());
      socket.once('error', fail);
    });
    const seat = new Promise<string>((done, fail) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; seat?: string; message?: string };
        if (message.type === 'joined') done(message.seat!);
        if (message.type === 'refused' || message.type === 'error') fail(new Error(`${pseudonym}: ${message.message}`));
      });
    });
    socket.send(JSON.stringify({ type: 'join', v: ROOM_PROTOCOL_VERSION, code, player: { kind: 'guest', pseudonym, avatar: '🐢' }, language: 'fr' }));
    return new SocketPhone(socket, seat);
  }

  press(choice: 0 | 1 | 2 | 3): void {
    this.socket.send(JSON.stringify({ type: 'input', action: { type: 'choice', choice } }));
  }

  close(): void {
    this.socket.close();
  }
}

test('a whole group: thirty seats play a quiz-duel round to the end, with its count of answers, distribution and top five, the host’s pause menu, and each phone its own result', async ({ page: screen, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  await openScreen(screen, 'pace=0.25&lang=fr&reducedMotion=1');
  await expect.poll(async () => (await snapshot(screen)).room?.shownCode ?? null, { timeout: 30_000 }).not.toBeNull();
  const code = (await snapshot(screen)).room!.shownCode!;
  let draw = 7;
  const pickInt = (min: number, max: number) => min + ((draw = (draw * 1103515245 + 12345) % 2 ** 31) % (max - min + 1));
  const names = new Set<string>();
  while (names.size < 28) names.add(generatePseudonym(pickInt));
  const phones = await Promise.all([...names].map((name) => SocketPhone.join(baseURL!, code, name)));
  await Promise.all(phones.map((p) => p.seat));
  await waitForScreen(screen, 'lobby');
  await expect.poll(async () => (await snapshot(screen)).seats.length).toBe(28);
  await padsStartQuiz(screen, testInfo, '30-seats');
  expect((await snapshot(screen)).seats).toHaveLength(30);

  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  const item = (await waitForQuiz(screen, 'open', 0)).item!;
  await expect.poll(async () => (await snapshot(screen)).round?.phase, { timeout: 60_000 }).toBe('running');
  const right = answers.get(item)!;
  // Twelve answer: seven right, five wrong; the pads stay silent for now.
  phones.slice(0, 12).forEach((phone, i) => phone.press(i < 7 ? right : wrongOf(right)));
  await expect.poll(async () => (await snapshot(screen)).round?.view?.locked, { timeout: 10_000 }).toBe(12);
  await shot(screen, testInfo, 'group-question-30-seats');
  const revealed = waitForQuiz(screen, 'reveal', 0);
  await pads.tap(screen, 0, FACE[right]);
  phones.slice(12).forEach((phone) => phone.press(wrongOf(wrongOf(right))));
  await pads.tap(screen, 1, FACE[wrongOf(right)]);
  const view = await revealed;
  expect(view.locked).toBe(30);
  const group = ((await snapshot(screen)).round!.view as unknown as { group: { distribution: { choices: number[]; none: number }; top: { seat: string }[] } }).group;
  expect(group.distribution.choices[right]).toBe(8);
  expect(group.distribution.none).toBe(0);
  expect(group.top).toHaveLength(5);
  await shot(screen, testInfo, 'group-reveal-distribution-top5');

  // The host pauses with a pad: the menu holds the room's controls; A resumes.
  await pads.tap(screen, 0, BUTTON.MENU);
  await expect.poll(async () => (await snapshot(screen)).round?.pauseReasons).toEqual(['menu']);
  await shot(screen, testInfo, 'pause-host-controls');
  await pads.tap(screen, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(screen)).round?.pauseReasons).toEqual([]);

  // The rest of the round: the first fourteen phones always right, the others always wrong.
  for (let n = 1; n < questionsPerRound; n++) {
    const answer = answers.get((await waitForQuiz(screen, 'open', n)).item!)!;
    phones.forEach((phone, i) => phone.press(i < 14 ? answer : wrongOf(answer)));
    await pads.tap(screen, 0, FACE[answer]);
    await pads.tap(screen, 1, FACE[wrongOf(answer)]);
    expect((await waitForQuiz(screen, 'reveal', n)).locked).toBe(30);
  }
  await waitForScreen(screen, 'results', 60_000);
  const results = (await snapshot(screen)).lastResults!;
  expect(results).toMatchObject({ reason: 'complete', evidence: 30 * questionsPerRound });
  // Thirty seats' results: the top five and the pads by name, the other phones counted, the group's totals.
  await shot(screen, testInfo, 'results-30-seats');
  // Every phone was sent its own tally, the one the results hold for its seat.
  for (const [i, phone] of phones.entries()) {
    const line = results.seats.find((s) => s.seat === phone.seatId)!;
    expect(line, `phone ${i + 1}`).toMatchObject({ answered: questionsPerRound, correct: (i < 7 ? 1 : 0) + (i < 14 ? questionsPerRound - 1 : 0) });
    await expect.poll(() => phone.lastView, { message: `phone ${i + 1}'s last view` }).toMatchObject({ points: line.points, correct: line.correct, answered: line.answered });
  }
  phones.forEach((phone) => phone.close());
});

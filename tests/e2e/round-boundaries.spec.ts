import { expect, test } from './support/test';
import { BUTTON, pads, tapKey } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';

for (const failWith of ['throw', 'reject'] as const) {
  test(`a mini-game that fails (${failWith}) returns the seats to the lobby within 2 s, evidence kept`, async ({ page, expectErrors }) => {
    expectErrors(/on purpose/);
    await openScreen(page, `pack=broken-${failWith}&seats=kb-left`);
    // From the failure (when the round was closed) to the lobby on screen, timed in the page.
    const afterFailure = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          type Snap = { screen: string; lastResults: { endedAt: string } | null };
          const read = () => (window as unknown as { ludocite: { snapshot(): Snap } }).ludocite.snapshot();
          const tick = () => {
            const s = read();
            if (s.screen === 'lobby' && s.lastResults) return resolve(Date.now() - Date.parse(s.lastResults.endedAt));
            requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    expect(afterFailure).toBeLessThan(2000);
    const s = await snapshot(page);
    expect(s.notice).toBe('error');
    expect(s.lastResults).toMatchObject({ reason: 'error', evidence: 1 });
    expect(s.lastResults!.error).toContain('on purpose');
    expect(s.round).toBeNull();
  });
}

test('a pad unplugged mid-round pauses it; plugged back, the seat is taken back and the round goes on', async ({ page }) => {
  await openScreen(page, 'pack=idle-timeout&seats=pad-0,pad-1');
  // The round waits for its pads: it starts paused until both are plugged in.
  await expect.poll(async () => (await snapshot(page)).round?.pauseReasons).toEqual(['pad-lost:pad-0', 'pad-lost:pad-1']);
  await pads.connect(page, 0);
  await pads.connect(page, 1);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');

  await pads.disconnect(page, 1);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('paused');
  expect((await snapshot(page)).round!.pauseReasons).toEqual(['pad-lost:pad-1']);
  const frozen = (await snapshot(page)).round!.timeMs;
  await page.waitForTimeout(600);
  expect((await snapshot(page)).round!.timeMs).toBe(frozen);
  await pads.tap(page, 0, BUTTON.A);
  expect((await snapshot(page)).round!.scores.find((s) => s.seat === 'pad-0')!.points).toBe(0);

  await pads.connect(page, 1);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  await pads.tap(page, 1, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).round?.scores.find((s) => s.seat === 'pad-1')?.points).toBe(1);
});

test('the pause menu stops round time and can quit the round', async ({ page }) => {
  await openScreen(page, 'pack=idle-timeout&seats=kb-right');
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  await tapKey(page, 'Escape');
  await expect.poll(async () => (await snapshot(page)).round?.pauseReasons).toEqual(['menu']);
  await tapKey(page, 'ArrowDown');
  await tapKey(page, 'Enter');
  await waitForScreen(page, 'results');
  expect((await snapshot(page)).lastResults!.reason).toBe('quit');
});

test('the shell ends a round that runs past its time limit', async ({ page }) => {
  await openScreen(page, 'pack=idle-timeout&seats=kb-left');
  await waitForScreen(page, 'results', 20_000);
  const s = await snapshot(page);
  expect(s.lastResults!.reason).toBe('timeout');
});

test('an invalid pack is left out and reported with every path, and the screen still boots', async ({ page }) => {
  await openScreen(page);
  const { catalogue } = await snapshot(page);
  expect(catalogue.packs.map((p) => p.id)).not.toContain('invalid-pack');
  const invalid = catalogue.invalid.find((p) => p.id === 'invalid-pack')!;
  expect(invalid.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['version', 'title.en', 'data.failWith', 'data.afterMs']));
});

test('nothing a page script reaches through window.ludocite changes the game', async ({ page }) => {
  await openScreen(page);
  const outcome = await page.evaluate(() => {
    const api = (window as unknown as { ludocite: { snapshot(): { seats: unknown[]; screen: string } } }).ludocite;
    const s = api.snapshot();
    const attempts = [
      () => ((s as { screen: string }).screen = 'round'),
      () => s.seats.push({ id: 'pad-3' }),
      () => ((window as unknown as { ludocite: unknown }).ludocite = null),
      () => ((api as unknown as { snapshot: unknown }).snapshot = () => null),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch {
        // refusing loudly is as good as refusing quietly
      }
    }
    const again = (window as unknown as { ludocite: typeof api }).ludocite.snapshot();
    return { screen: again.screen, seats: again.seats.length, first: s.screen };
  });
  expect(outcome).toEqual({ screen: 'attract', seats: 0, first: 'attract' });
});

test('nothing of a round stays behind: listeners, scenes and textures come back to their level', async ({ page }) => {
  await openScreen(page, 'pack=idle-timeout&seats=kb-left');
  await waitForScreen(page, 'results', 20_000);
  const after = async () => (await snapshot(page)).resources!;
  // Read once nothing moves for a second: a busy machine removes a round's textures a little
  // after the results show, and a count read mid-way is neither a leak nor a level.
  const settled = async () => {
    let last = await after();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(1000);
      const now = await after();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
    return last;
  };
  expect((await settled()).scenes.filter((key) => !key.startsWith('shell:'))).toEqual([]);
  // The level is read after a second round (the first screen still holds what the boot drew,
  // e.g. the room's code textures, which later go): a third round must leave the same figures.
  await tapKey(page, 'Space');
  await waitForScreen(page, 'round');
  await waitForScreen(page, 'results', 20_000);
  const first = await settled();
  await tapKey(page, 'Space');
  await waitForScreen(page, 'round');
  await waitForScreen(page, 'results', 20_000);
  expect(await settled()).toEqual(first);
});

test("a mini-game's own SVG image and sound are loaded before its scene, and go with its round", async ({ page }) => {
  await openScreen(page, 'pack=idle-timeout&seats=kb-left');
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  expect((await snapshot(page)).round!.assets).toEqual({ images: ['idle-game:dot'], sounds: ['beep'] });
  await tapKey(page, 'Space');
  await expect.poll(async () => (await snapshot(page)).round?.scores[0]?.points).toBe(1);
  // The round's textures go with it: the leak test below holds the texture count level across rounds.
  await waitForScreen(page, 'results', 20_000);
});

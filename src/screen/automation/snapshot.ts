import type { Shell } from '../shell';

const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * What a test or a monitoring tool may read of a screen: a copy, frozen, built fresh at each call.
 * Nothing reachable from it leads back into the running game. Its shape is in docs/automation.md.
 */
export function snapshot(shell: Shell) {
  const round = shell.round;
  const outcome = shell.lastOutcome;
  const { outbox, shownBoard } = shell.centre;
  const signingIn = shell.lobby.signingIn;
  const value = {
    screen: shell.screen,
    language: shell.language,
    settings: { reducedMotion: shell.settings.reducedMotion, antialias: shell.settings.antialias, volumes: { ...shell.settings.volumes } },
    pads: [...shell.pads].sort(),
    seats: shell.lobby.seats.map((s) => ({
      id: s.id,
      number: s.number,
      name: shell.seatName(s),
      input: s.input,
      avatar: s.avatar,
      colour: hex(s.style.colour),
      colourName: s.style.colourName,
      shape: s.style.shape,
      ready: s.ready,
      playerCard: s.playerCard?.pseudonym ?? null,
      /** A phone seat whose phone dropped, keeping its place. */
      away: s.away ?? false,
    })),
    /** The screen's room where phones join: its code (null while hidden or connecting), lock, phones waiting for the next round. */
    room: shell.room && {
      connection: shell.room.status.connection,
      code: shell.room.status.code,
      shownCode: shell.room.shownCode,
      locked: shell.room.status.locked,
      codeHidden: shell.room.status.codeHidden,
      waiting: shell.room.phones.waitingCount,
    },
    round: round && {
      id: round.id,
      pack: round.packId,
      game: round.gameId,
      phase: round.lifecycle.phase,
      pauseReasons: [...round.lifecycle.pauseReasons],
      timeMs: Math.round(round.clock.now()),
      firstFrameMs: round.firstFrameMs === null ? null : Math.round(round.firstFrameMs),
      scores: round.engine ? round.seats.map((s) => ({ seat: s.id, ...round.engine!.totals(s.id) })) : [],
      evidence: round.engine?.recorder.evidence.length ?? 0,
      view: round.view ? structuredClone(round.view) : null,
      seatViews: round.engine ? structuredClone(Object.fromEntries(round.seats.map((s) => [s.id, round.engine!.seatView(s.id)]))) : {},
      inputs: round.inputLog.length,
      assets: round.assets,
    },
    lastResults: outcome && {
      roundId: outcome.record.id,
      pack: outcome.record.pack.id,
      reason: outcome.reason,
      error: outcome.error ?? null,
      endedAt: outcome.record.endedAt,
      evidence: outcome.record.evidence.length,
      firstFrameMs: outcome.firstFrameMs === null ? null : Math.round(outcome.firstFrameMs),
      seats: outcome.seats.map(({ seat, totals }) => ({ seat: seat.id, ...totals })),
      /** Where the record is: on the server, waiting in the outbox, or refused by the server. */
      saved: outbox.status(outcome.record.id) ?? 'pending',
      /** Signed-in seats' rank today in this pack, once the server has the round. */
      ranks: (shell.centre.ranks.get(outcome.record.id) ?? []).map((r) => ({ ...r })),
      /** Signed-in seats' mastery of the pack before and after the round ('waiting', 'none' or the objectives), and the page shown. */
      progress: {
        page: shell.resultsPage,
        seats: outcome.seats.flatMap(({ seat }) => {
          const mastery = seat.playerCard && shell.centre.progress.of(outcome.record.id)?.cards.get(seat.playerCard.id);
          return mastery ? [{ seat: seat.id, before: structuredClone(mastery.before), after: structuredClone(mastery.after) }] : [];
        }),
      },
    },
    /** Round records waiting to be sent (this page's and those a previous page left). */
    outbox: { pending: outbox.pendingCount() },
    /** The player-card panel open in the lobby: whose, at which step, how much of a code is typed (never the code). */
    signIn: signingIn && {
      seat: signingIn.seatId,
      step: signingIn.step.kind,
      typed: signingIn.code.typed.length,
      /** Index in the card alphabet of the key under the cursor of the code grid. */
      cursor: signingIn.code.cursor,
      selected: 'selected' in signingIn.step ? signingIn.step.selected : null,
      problem: 'problem' in signingIn.step ? signingIn.step.problem : null,
      choices: signingIn.step.kind === 'pick' ? [...signingIn.step.pseudonyms] : null,
      /** The card's page after a sign-in: 'waiting' for the centre, 'none' to show, or the packs it shows progress for and which one is shown. */
      cardPage:
        signingIn.step.kind !== 'welcome'
          ? null
          : typeof signingIn.step.progress === 'string'
            ? signingIn.step.progress
            : { packs: signingIn.step.progress.map((p) => p.pack), page: signingIn.step.page },
    },
    /** The leaderboard on screen: pseudonyms and values only, as players see them. */
    leaderboard: shownBoard && {
      period: shownBoard.period,
      pack: shownBoard.pack,
      by: shownBoard.by,
      ranked: shownBoard.ranked,
      guests: shownBoard.guests,
      entries: shownBoard.entries.map((e) => ({
        rank: e.rank,
        name: 'pseudonym' in e ? e.pseudonym : e.team,
        centreScore: e.centreScore,
        accuracy: e.accuracy,
        rounds: e.rounds,
      })),
    },
    catalogue: {
      selection: shell.selection,
      packs: shell.catalogue.entries.map((e) => ({ id: e.pack.id, game: e.game.id, title: { ...e.pack.title }, players: { ...e.pack.players } })),
      invalid: shell.catalogue.invalid.map((p) => ({ id: p.id, file: p.file, problems: p.problems.map((q) => ({ ...q })) })),
      /** Valid packs of a mini-game this screen does not have, shown greyed. */
      unavailable: shell.catalogue.unavailable.map((u) => ({ id: u.pack.id, game: u.missingGame })),
      /** Where the catalogue came from ('centre', 'saved' from a previous visit, 'none'), and whether a newer one waits for the round to end. */
      origin: shell.packs.origin,
      waiting: shell.packs.hasWaiting,
    },
    /** Why the round the address asked for did not start, while the boot screen says so. */
    quickPlayProblem: shell.quickPlayProblem && structuredClone(shell.quickPlayProblem),
    audio: { unlocked: shell.audio.isUnlocked, music: shell.audio.music },
    notice: shell.notice,
    resources: shell.measureResources?.() ?? null,
  };
  return deepFreeze(value);
}

export type ScreenSnapshot = ReturnType<typeof snapshot>;

/**
 * Installs `window.ludocite`, read-only: it can look, never change the game. `steps()` counts the
 * game's steps so far, so a test can wait until the game has seen a press: with the frame rate
 * limited, animation frames come more often than steps.
 */
export function installAutomation(shell: Shell, extra: { version: string; steps: () => number }): void {
  const api = Object.freeze({ version: extra.version, snapshot: () => snapshot(shell), steps: extra.steps });
  Object.defineProperty(window, 'ludocite', { value: api, writable: false, configurable: false, enumerable: false });
}

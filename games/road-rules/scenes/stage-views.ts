import type Phaser from 'phaser';
import type { RoundContext, Seat } from '../../../src/sdk';
import type { BrakeStage, DriveStage } from '../content-schema';
import { brakeLayout } from '../rules/brake-test';
import { pedalsFrom } from '../rules/car';
import { mpsToKmh } from '../rules/distances';
import { shownKmh } from '../rules/infringements';
import { driveLessons, flashKey } from '../rules/lessons';
import { boxStart, crossingEdges, stopLine } from '../rules/route';
import type { StageOutcome } from '../rules/scoring';
import { SeatBrake, SeatDrive } from '../rules/seat-drive';
import { limitStretches, stretchAt } from '../rules/speed-limits';
import { BrakeView } from './brake-view';
import { BrakeFeedback, DriveFeedback } from './feedback-view';
import type { Rect } from './layout';
import { RoadView } from './road-view';
import { SeatHud } from './seat-hud';

/** What the scene needs from any stage while it is played. */
export interface StageRun {
  /** Advances the play to stage time `tMs` (round time `nowMs`), from the seats' input. */
  update(tMs: number, nowMs: number): void;
  /** Every seat is through: the stage can end early. */
  readonly allDone: boolean;
  outcomes(tMs: number): Map<string, StageOutcome>;
  /** Shows what to remember; returns the card to take down later. */
  feedback(outcomes: ReadonlyMap<string, StageOutcome>): { destroy(): void };
  onStep?(seat: string, x: -1 | 0 | 1): void;
  onChoice?(seat: string, button: number, tMs: number): void;
  /** Plain JSON for `round.publish`: the geometry and each seat's state. */
  view(): Record<string, unknown>;
  destroy(): void;
}

export interface RunContext {
  scene: Phaser.Scene;
  round: RoundContext;
  columns: readonly Rect[];
  seatCameras: readonly Phaser.Cameras.Scene2D.Camera[];
  /** One layer per seat: its world, drawn by its camera only. */
  worldLayers: readonly Phaser.GameObjects.Layer[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export class DriveRun implements StageRun {
  private readonly seats: { seat: Seat; drive: SeatDrive; view: RoadView; hud: SeatHud; announced: boolean }[];
  private readonly stretches;

  constructor(
    private readonly context: RunContext,
    private readonly stage: DriveStage,
  ) {
    const { scene, round, columns, seatCameras, worldLayers } = context;
    this.stretches = limitStretches(stage);
    this.seats = round.seats.map((seat, i) => ({
      seat,
      drive: new SeatDrive(stage),
      view: new RoadView(scene, seat, i, columns[i]!, stage, worldLayers[i]!, seatCameras[i]!),
      hud: new SeatHud(scene, round, seat, columns[i]!),
      announced: false,
    }));
  }

  get allDone(): boolean {
    return this.seats.every(({ drive }) => drive.finished);
  }

  onStep(seat: string, x: -1 | 0 | 1): void {
    const entry = this.seats.find((s) => s.seat.id === seat);
    if (entry && x !== 0 && entry.drive.signal(x)) this.context.round.audio.play('tick');
  }

  update(tMs: number, nowMs: number): void {
    const { round } = this.context;
    const blinkOn = Math.floor(nowMs / 350) % 2 === 0;
    for (const entry of this.seats) {
      const { drive, hud, view, seat } = entry;
      const found = drive.advance(tMs, pedalsFrom(round.input.state(seat.id)));
      for (const infringement of found) {
        hud.flashMistake(infringement.sign, round.t(flashKey(infringement.kind)), nowMs);
        round.audio.play('wrong');
      }
      if (drive.finished && !entry.announced) {
        entry.announced = true;
        const clean = drive.infringements.length === 0;
        hud.showStatus(round.t('hud.finished'), clean);
        if (clean) round.audio.play('correct');
      }
      const stretch = this.stretches[stretchAt(this.stretches, drive.car.s)]!;
      const kmh = shownKmh(drive.car.v);
      const junction = this.stage.junction;
      const light = junction?.light && drive.car.s < stopLine(junction) + 1 ? drive.world.seatLight() : undefined;
      hud.show({ kmh, limit: { code: 'B14', kmh: stretch.kmh }, over: kmh > stretch.kmh, way: drive.way, wayLocked: drive.wayLocked || !junction, ...(light ? { light } : {}) });
      hud.tick(nowMs);
      view.update(drive, blinkOn);
    }
  }

  outcomes(tMs: number): Map<string, StageOutcome> {
    const outcomes = new Map<string, StageOutcome>();
    for (const { seat, drive, hud } of this.seats) {
      if (!drive.finished) hud.showStatus(this.context.round.t('hud.timeout'), false);
      const verdict = { infringements: [...drive.infringements], finished: drive.finished, ...(drive.finishedAtMs === undefined ? {} : { finishedAtMs: drive.finishedAtMs }) };
      outcomes.set(seat.id, { kind: 'drive', verdict, elapsedMs: tMs });
    }
    return outcomes;
  }

  feedback(): { destroy(): void } {
    const lessons = driveLessons(
      this.stage,
      this.seats.map(({ seat, drive }) => ({ seat: seat.id, infringements: drive.infringements, finished: drive.finished })),
    );
    this.seats.forEach(({ hud }) => hud.clearFlash());
    return new DriveFeedback(this.context.scene, this.context.round, this.stage, lessons);
  }

  view(): Record<string, unknown> {
    const { junction, crossing } = this.stage;
    return {
      geometry: {
        lengthM: this.stage.lengthM,
        limits: this.stretches.map((stretch) => ({ fromM: stretch.fromM, kmh: stretch.kmh })),
        ...(junction
          ? { junction: { kind: junction.kind, atM: junction.atM, stopLineM: stopLine(junction), boxStartM: boxStart(junction), exits: junction.exits, forbidden: junction.forbidden } }
          : {}),
        ...(crossing ? { crossing: crossingEdges(crossing) } : {}),
      },
      seats: Object.fromEntries(
        this.seats.map(({ seat, drive }) => [
          seat.id,
          {
            s: round1(drive.car.s),
            speedKmh: round1(mpsToKmh(drive.car.v)),
            stopped: drive.car.v <= 0,
            way: drive.way,
            finished: drive.finished,
            infringements: drive.infringements.map((i) => i.kind),
            light: drive.world.light?.phase ?? null,
            cars: drive.world.cars.map((car) => ({ from: car.from, u: round1(car.u), state: car.state })),
            walkers: drive.world.walkers.map((walker) => walker.state),
          },
        ]),
      ),
    };
  }

  destroy(): void {
    for (const { view, hud } of this.seats) {
      view.destroy();
      hud.destroy();
    }
  }
}

export class BrakeRun implements StageRun {
  private readonly layout: { appearAtS: number; obstacleS: number };
  private readonly seats: { seat: Seat; column: Rect; brake: SeatBrake; view: BrakeView; hud: SeatHud; announced: boolean }[];

  constructor(
    private readonly context: RunContext,
    private readonly stage: BrakeStage,
  ) {
    const { scene, round, columns, seatCameras, worldLayers } = context;
    // One draw for all seats: the same test for everyone, unknown in advance.
    this.layout = brakeLayout(stage, round.random.next());
    this.seats = round.seats.map((seat, i) => ({
      seat,
      column: columns[i]!,
      brake: new SeatBrake(stage, this.layout),
      view: new BrakeView(scene, seat, round, i, columns[i]!, stage, this.layout, worldLayers[i]!, seatCameras[i]!),
      hud: new SeatHud(scene, round, seat, columns[i]!),
      announced: false,
    }));
  }

  get allDone(): boolean {
    return this.seats.every(({ brake }) => brake.done);
  }

  update(tMs: number, nowMs: number): void {
    const { round } = this.context;
    for (const entry of this.seats) {
      const { brake, hud, view, seat } = entry;
      brake.advance(tMs, pedalsFrom(round.input.state(seat.id)).brake >= 0.5);
      if (brake.done && !entry.announced) {
        entry.announced = true;
        const result = brake.result();
        if (result.collided) {
          hud.flashMistake(undefined, round.t('live.collision'), nowMs);
          round.audio.play('wrong');
        } else {
          round.audio.play('correct');
        }
      }
      hud.show({ kmh: shownKmh(brake.car.v) });
      hud.tick(nowMs);
      view.update(brake);
    }
  }

  outcomes(tMs: number): Map<string, StageOutcome> {
    return new Map(this.seats.map(({ seat, brake }) => [seat.id, { kind: 'brake', result: brake.result(), elapsedMs: tMs }]));
  }

  feedback(): { destroy(): void } {
    // The seat's figures say whether it hit the obstacle; a leftover flash would stick out behind them.
    this.seats.forEach(({ hud }) => hud.clearFlash());
    const results = this.seats.map(({ seat, column, brake }) => ({ seat, column, result: brake.result() }));
    return new BrakeFeedback(this.context.scene, this.context.round, this.stage, results);
  }

  view(): Record<string, unknown> {
    return {
      geometry: { appearAtM: round1(this.layout.appearAtS), obstacleAtM: round1(this.layout.obstacleS), speedKmh: this.stage.speedKmh, road: this.stage.road },
      seats: Object.fromEntries(
        this.seats.map(({ seat, brake }) => [
          seat.id,
          { s: round1(brake.car.s), speedKmh: round1(mpsToKmh(brake.car.v)), stopped: brake.car.v <= 0, appeared: brake.judge.appeared, engaged: brake.engaged, done: brake.done, result: brake.result() },
        ]),
      ),
    };
  }

  destroy(): void {
    for (const { view, hud } of this.seats) {
      view.destroy();
      hud.destroy();
    }
  }
}

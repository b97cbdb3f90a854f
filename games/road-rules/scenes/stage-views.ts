import type Phaser from 'phaser';
import type { HappenedEvent, RoundContext, Seat } from '../../../src/sdk';
import type { BrakeStage, DriveStage } from '../content-schema';
import type { InfringementKind } from '../rules/infringements';
import { shownKmh } from '../rules/infringements';
import { driveLessons, flashKey } from '../rules/lessons';
import type { RoadRulesState } from '../rules/round';
import { stopLine } from '../rules/route';
import type { SeatBrake, SeatDrive } from '../rules/seat-drive';
import type { SignRef } from '../rules/signs';
import { limitStretches, stretchAt } from '../rules/speed-limits';
import { BrakeView } from './brake-view';
import { BrakeFeedback, DriveFeedback } from './feedback-view';
import type { Rect } from './layout';
import { RoadView } from './road-view';
import { SeatHud } from './seat-hud';

// What the screen shows of a stage while it is played: every seat's column, drawn from the cars
// the rules hold in `round.state`, and what happened (a mistake, a car through) animated. Nothing
// here decides anything: the rules drive the cars and mark them.

/** One stage on screen, from its intro to its feedback. */
export interface StageView {
  /** Draws every seat's answer as the rules hold it now. */
  draw(state: Readonly<RoadRulesState>, nowMs: number): void;
  /** Animates something the rules report for one seat. */
  happened(event: HappenedEvent, nowMs: number): void;
  /** Shows what to remember, from the marks; returns the card to take down later. */
  feedback(state: Readonly<RoadRulesState>): { destroy(): void };
  destroy(): void;
}

export interface ViewContext {
  scene: Phaser.Scene;
  round: RoundContext<unknown, RoadRulesState>;
  columns: readonly Rect[];
  seatCameras: readonly Phaser.Cameras.Scene2D.Camera[];
  /** One layer per seat: its world, drawn by its camera only. */
  worldLayers: readonly Phaser.GameObjects.Layer[];
}

function answerOf<K extends 'drive' | 'brake'>(state: Readonly<RoadRulesState>, seat: string, kind: K) {
  const answer = state.drafts[seat]?.answer;
  return answer?.kind === kind ? (answer as Extract<typeof answer, { kind: K }>) : undefined;
}

/** The seats' columns of a drive stage: road, other cars, walkers and lights, speedometer and limit. */
export class DriveStageView implements StageView {
  private readonly seats: { seat: Seat; view: RoadView; hud: SeatHud }[];
  private readonly stretches;

  constructor(
    private readonly context: ViewContext,
    private readonly stage: DriveStage,
  ) {
    const { scene, round, columns, seatCameras, worldLayers } = context;
    this.stretches = limitStretches(stage);
    this.seats = round.seats.map((seat, i) => ({
      seat,
      view: new RoadView(scene, seat, i, columns[i]!, stage, worldLayers[i]!, seatCameras[i]!),
      hud: new SeatHud(scene, round, seat, columns[i]!),
    }));
  }

  draw(state: Readonly<RoadRulesState>, nowMs: number): void {
    const blinkOn = Math.floor(nowMs / 350) % 2 === 0;
    for (const { seat, view, hud } of this.seats) {
      const drive: SeatDrive | undefined = answerOf(state, seat.id, 'drive')?.drive;
      if (!drive) continue;
      const stretch = this.stretches[stretchAt(this.stretches, drive.car.s)]!;
      const kmh = shownKmh(drive.car.v);
      const junction = this.stage.junction;
      const light = junction?.light && drive.car.s < stopLine(junction) + 1 ? drive.world.seatLight() : undefined;
      hud.show({ kmh, limit: { code: 'B14', kmh: stretch.kmh }, over: kmh > stretch.kmh, way: drive.way, wayLocked: drive.wayLocked || !junction, ...(light ? { light } : {}) });
      hud.tick(nowMs);
      view.update(drive, blinkOn);
    }
  }

  happened(event: HappenedEvent, nowMs: number): void {
    const { round } = this.context;
    const entry = this.seats.find((s) => s.seat.id === event.seat);
    if (!entry) return;
    if (event.type === 'infringement') {
      entry.hud.flashMistake(event.sign as SignRef, round.t(flashKey(event.kind as InfringementKind)), nowMs);
      round.audio.play('wrong');
    } else if (event.type === 'finished') {
      entry.hud.showStatus(round.t('hud.finished'), event.clean === true);
      if (event.clean === true) round.audio.play('correct');
    } else if (event.type === 'signal') {
      round.audio.play('tick');
    }
  }

  feedback(state: Readonly<RoadRulesState>): { destroy(): void } {
    const drives = this.seats.flatMap(({ seat, hud }) => {
      const drive = answerOf(state, seat.id, 'drive')?.drive;
      hud.clearFlash();
      if (drive && !drive.finished) hud.showStatus(this.context.round.t('hud.timeout'), false);
      return drive ? [{ seat: seat.id, infringements: drive.infringements, finished: drive.finished }] : [];
    });
    return new DriveFeedback(this.context.scene, this.context.round, this.stage, driveLessons(this.stage, drives));
  }

  destroy(): void {
    for (const { view, hud } of this.seats) {
      view.destroy();
      hud.destroy();
    }
  }
}

/** The seats' columns of a brake test: the car at its speed, the obstacle once it shows, the seat's figures after. */
export class BrakeStageView implements StageView {
  private readonly seats: { seat: Seat; column: Rect; view: BrakeView; hud: SeatHud }[];

  constructor(
    private readonly context: ViewContext,
    private readonly stage: BrakeStage,
    layout: { appearAtS: number; obstacleS: number },
  ) {
    const { scene, round, columns, seatCameras, worldLayers } = context;
    this.seats = round.seats.map((seat, i) => ({
      seat,
      column: columns[i]!,
      view: new BrakeView(scene, seat, round, i, columns[i]!, stage, layout, worldLayers[i]!, seatCameras[i]!),
      hud: new SeatHud(scene, round, seat, columns[i]!),
    }));
  }

  draw(state: Readonly<RoadRulesState>, nowMs: number): void {
    for (const { seat, view, hud } of this.seats) {
      const brake: SeatBrake | undefined = answerOf(state, seat.id, 'brake')?.brake;
      if (!brake) continue;
      hud.show({ kmh: shownKmh(brake.car.v) });
      hud.tick(nowMs);
      view.update(brake);
    }
  }

  happened(event: HappenedEvent, nowMs: number): void {
    const { round } = this.context;
    const entry = this.seats.find((s) => s.seat.id === event.seat);
    if (!entry || event.type !== 'brake-done') return;
    if (event.collided === true) {
      entry.hud.flashMistake(undefined, round.t('live.collision'), nowMs);
      round.audio.play('wrong');
    } else {
      round.audio.play('correct');
    }
  }

  feedback(state: Readonly<RoadRulesState>): { destroy(): void } {
    // The seat's figures say whether it hit the obstacle; a leftover flash would stick out behind them.
    this.seats.forEach(({ hud }) => hud.clearFlash());
    const results = this.seats.flatMap(({ seat, column }) => {
      const brake = answerOf(state, seat.id, 'brake')?.brake;
      return brake ? [{ seat, column, result: brake.result() }] : [];
    });
    return new BrakeFeedback(this.context.scene, this.context.round, this.stage, results);
  }

  destroy(): void {
    for (const { view, hud } of this.seats) {
      view.destroy();
      hud.destroy();
    }
  }
}

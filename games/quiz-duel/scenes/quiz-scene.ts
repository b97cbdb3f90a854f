import type { HappenedEvent, ShellSound } from '../../../src/sdk';
import { RoundScene, StandingsView, THEME } from '../../../src/sdk/scene';
import { standings } from '../../../src/sdk';
import type { QuizContent } from '../content-schema';
import type { QuizState } from '../rules';
import { QuestionView } from './question-view';
import { RevealView } from './reveal-view';
import { GroupQuestionView, GroupRevealView } from './group-views';
import { GROUP_FROM_SEATS, TOP_COUNT } from '../group';

/** The sound each thing the rules report makes. */
const SOUNDS: Readonly<Record<string, ShellSound>> = { locked: 'confirm', revealed: 'reveal', final: 'fanfare' };

/** The last seconds of a question each play a tick. */
const TICKS_FROM_S = 3;

/** What the scene shows for one moment of the round. */
interface Shown {
  update(now: number): void;
  destroy(): void;
}

/**
 * One round of quiz-duel, drawn from the rules' state: the question while it is open, its reveal,
 * then the standings. Each moment's view is built when the rules enter it; sounds follow what the
 * rules report. It gives no points and records nothing: the rules do.
 */
export class QuizScene extends RoundScene<QuizContent, QuizState> {
  static readonly KEY = 'quiz-duel:quiz';

  private moment = '';
  private shown: Shown | undefined;
  private lastTickS = 0;

  constructor() {
    super(QuizScene.KEY);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.palette.background);
    this.moment = '';
    this.round.on((event) => this.play(event));
  }

  override update(): void {
    const { state, clock } = this.round;
    const moment = `${state.phase}:${state.index}`;
    if (moment !== this.moment) {
      this.moment = moment;
      this.shown?.destroy();
      this.shown = this.viewOf(state);
      this.lastTickS = 0;
    }
    const now = clock.now();
    this.shown?.update(now);
    if (state.phase === 'open') this.tickLastSeconds(Math.ceil((state.phaseEndsMs - now) / 1000));
  }

  /**
   * A whole group (phones) is counted rather than drawn seat by seat: answers so far, then how
   * many chose each answer and the top five; each phone shows its own result.
   */
  private get group(): boolean {
    return this.round.seats.length >= GROUP_FROM_SEATS;
  }

  private viewOf(state: Readonly<QuizState>): Shown | undefined {
    switch (state.phase) {
      case 'intro':
      case 'open':
      case 'settle':
        return this.group ? new GroupQuestionView(this, this.round) : new QuestionView(this, this.round);
      case 'reveal':
        return this.group ? new GroupRevealView(this, this.round) : new RevealView(this, this.round);
      case 'final':
      case 'over': {
        const all = standings(this.round.seats.map((seat) => ({ seat: seat.id, ...state.tally[seat.id]! })));
        const lines = this.group ? all.slice(0, TOP_COUNT) : all;
        const view = new StandingsView(this, { seats: this.round.seats, lines, items: state.items.length, locale: this.round.locale });
        return { update: () => undefined, destroy: () => view.destroy() };
      }
    }
  }

  private play(event: HappenedEvent): void {
    const sound = SOUNDS[event.type];
    if (sound) this.round.audio.play(sound);
  }

  private tickLastSeconds(secondsLeft: number): void {
    if (secondsLeft < 1 || secondsLeft > TICKS_FROM_S || secondsLeft === this.lastTickS) return;
    this.lastTickS = secondsLeft;
    this.round.audio.play('tick');
  }
}

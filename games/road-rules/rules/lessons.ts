import type { LocalizedText } from '../../../src/sdk';
import type { DriveStage } from '../content-schema';
import type { Infringement, InfringementKind } from './infringements';
import type { JunctionKind } from './priority';
import { signLabel, type SignRef } from './signs';

// What the feedback card says after a drive stage: each distinct mistake once, with its sign and
// the rule in one plain sentence, and the seats that made it. The sentence is the game's own text
// for that kind of mistake, or the stage's own rule when the mistake is about the stage's sign.

/** A sentence to show: a key of the game's texts (with values), or a text of the pack. */
export type LessonText = { key: string; vars?: Record<string, string | number> } | { pack: LocalizedText };

export interface Lesson {
  kind: InfringementKind | 'timeout';
  sign?: SignRef;
  text: LessonText;
  seats: string[];
}

/** The game text that explains giving way at each kind of junction. */
export function yieldRuleKey(junction: JunctionKind | undefined): string {
  switch (junction) {
    case 'unsigned':
    case 'ab1':
    case 'stop':
    case 'yield':
      return `rule.yield.${junction}`;
    default:
      return 'rule.yield.turn';
  }
}

export function ruleKey(infringement: Infringement): LessonText {
  switch (infringement.kind) {
    case 'yield':
      return { key: yieldRuleKey(infringement.junction) };
    case 'speed':
      return { key: 'rule.speed', vars: { kmh: infringement.limitKmh ?? 0 } };
    default:
      return { key: `rule.${infringement.kind}` };
  }
}

/** The short word flashed over a seat's column when it makes this mistake. */
export function flashKey(kind: InfringementKind): string {
  return `live.${kind}`;
}

/**
 * The lessons of a drive stage for every seat: one per distinct mistake, in the order they first
 * happened, then one for the seats that ran out of time. Empty when every seat did it right.
 */
export function driveLessons(stage: DriveStage, seats: readonly { seat: string; infringements: readonly Infringement[]; finished: boolean }[]): Lesson[] {
  const lessons = new Map<string, Lesson>();
  const ordered = seats.flatMap(({ seat, infringements }) => infringements.map((infringement) => ({ seat, infringement }))).sort((a, b) => a.infringement.atMs - b.infringement.atMs);
  for (const { seat, infringement } of ordered) {
    const key = `${infringement.kind}:${signLabel(infringement.sign)}:${infringement.junction ?? ''}`;
    const sameSign = stage.sign !== undefined && stage.sign.code === infringement.sign.code && infringement.kind === 'wrong-way';
    const lesson = lessons.get(key) ?? { kind: infringement.kind, sign: infringement.sign, text: sameSign ? { pack: stage.rule } : ruleKey(infringement), seats: [] };
    if (!lesson.seats.includes(seat)) lesson.seats.push(seat);
    lessons.set(key, lesson);
  }
  const late = seats.filter((seat) => !seat.finished).map((seat) => seat.seat);
  const result = [...lessons.values()];
  if (late.length > 0) result.push({ kind: 'timeout', text: { key: 'feedback.timeout' }, seats: late });
  return result;
}

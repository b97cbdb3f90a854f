import { describe, expect, it } from 'vitest';
import type { ServerToPhone } from '../../shared/room/phone-messages';
import { initialState, reduce } from '../state/controller-state';
import type { ControllerState } from '../state/page';
import { vibrateOnFeedback } from './vibration';

const seated = [
  { type: 'joining', code: 'HXMA', player: { pseudonym: 'Lynx Calme 17', avatar: '🐼' } },
  { type: 'server', message: { type: 'joined', seat: 'phone-1', style: 0, token: 'a'.repeat(32), graceMs: 60_000 } },
] as const;
const at = (view: Record<string, unknown>, from: ControllerState) =>
  reduce(from, { type: 'server', message: { type: 'view', layout: 'choices4', view } as ServerToPhone });
const reveal = (index: number, outcome: string) => ({ phase: 'reveal', index, total: 5, mark: { outcome, points: 0 } });

function buzzes(states: ControllerState[]): unknown[] {
  const calls: unknown[] = [];
  states.slice(1).forEach((state, i) => vibrateOnFeedback(states[i]!, state, (pattern) => calls.push(pattern) > 0));
  return calls;
}

describe('vibration on feedback', () => {
  const lobby = seated.reduce(reduce, initialState());

  it('buzzes once for a right answer and three times for a wrong one, nothing for none', () => {
    const open = at({ phase: 'open', index: 0, total: 5 }, lobby);
    const right = at(reveal(0, 'correct'), open);
    const wrong = at(reveal(1, 'wrong'), right);
    const none = at(reveal(2, 'unanswered'), wrong);
    expect(buzzes([lobby, open, right, wrong, none])).toEqual([120, [70, 60, 70, 60, 70]]);
  });

  it('does not buzz again for the same item sent again (after a reconnection)', () => {
    const right = at(reveal(0, 'correct'), lobby);
    expect(buzzes([lobby, right, at(reveal(0, 'correct'), right)])).toEqual([120]);
  });

  it('stays still on a phone without vibration', () => {
    expect(() => vibrateOnFeedback(lobby, at(reveal(0, 'correct'), lobby), undefined)).not.toThrow();
  });
});

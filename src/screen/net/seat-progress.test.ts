import { describe, expect, it } from 'vitest';
import type { ObjectiveMastery } from '../../shared/api/card-mastery';
import type { OutboxEventPayloads } from './events';
import { SeatProgress } from './seat-progress';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const row = (pKnown: number | null, answers = 1): ObjectiveMastery[] => [{ objective: 'sante-sport/sommeil', pKnown, answers }];

/** A centre whose answers the test gives one by one; `away` makes every read fail. */
function setup() {
  const asked: string[] = [];
  const answers: Record<string, (ObjectiveMastery[] | null)[]> = {};
  let away = false;
  let status: ((change: OutboxEventPayloads['status']) => void) | null = null;
  const progress = new SeatProgress({
    read: async (cardId) => {
      asked.push(cardId);
      if (away) throw new TypeError('fetch failed');
      return answers[cardId]?.shift() ?? null;
    },
    outbox: {
      on: (_name, listener) => {
        status = listener;
        return () => undefined;
      },
    },
    retryAfterMs: 0,
  });
  const changes: string[] = [];
  progress.onChange((id) => changes.push(id));
  const saved = (id: string) => status!({ id, status: 'saved', attempts: 1 });
  return { progress, asked, answers, changes, saved, goAway: () => (away = true) };
}

describe('SeatProgress', () => {
  it('reads before as the round starts and after once the centre stored it', async () => {
    const { progress, answers, changes, saved } = setup();
    answers['card-1'] = [row(null, 0), row(0.55, 3)];
    progress.start('round-1', 'sante-sport', ['card-1']);
    expect(progress.of('round-1')!.cards.get('card-1')).toEqual({ before: 'waiting', after: 'waiting' });
    await settle();
    expect(progress.of('round-1')!.cards.get('card-1')).toEqual({ before: row(null, 0), after: 'waiting' });
    saved('round-1');
    await settle();
    expect(progress.of('round-1')!.cards.get('card-1')).toEqual({ before: row(null, 0), after: row(0.55, 3) });
    expect(changes).toEqual(['round-1', 'round-1']);
    saved('round-1'); // said twice: read once
    await settle();
    expect(changes).toHaveLength(2);
  });

  it('has nothing for a card with no live seat token, and nothing alarming when the centre is away', async () => {
    const { progress, asked, saved, goAway } = setup();
    progress.start('round-1', 'sante-sport', ['card-without-token']);
    await settle();
    expect(progress.of('round-1')!.cards.get('card-without-token')).toEqual({ before: 'none', after: 'waiting' });
    goAway();
    progress.start('round-2', 'sante-sport', ['card-2']);
    saved('round-2');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(progress.of('round-2')!.cards.get('card-2')).toEqual({ before: 'none', after: 'none' });
    expect(asked.filter((c) => c === 'card-2')).toHaveLength(3); // before once, after with one retry
  });

  it('drops a "before" that came back after the round was stored: it may count the round already', async () => {
    const { progress, answers, saved } = setup();
    answers['card-1'] = [row(0.8), row(0.8)];
    progress.start('round-1', 'sante-sport', ['card-1']);
    saved('round-1');
    await settle();
    expect(progress.of('round-1')!.cards.get('card-1')).toEqual({ before: 'none', after: row(0.8) });
  });

  it('tracks nothing for a round of guests, and keeps only the last rounds', () => {
    const { progress } = setup();
    progress.start('guests', 'sante-sport', []);
    expect(progress.of('guests')).toBeUndefined();
    for (let i = 0; i < 6; i++) progress.start(`round-${i}`, 'sante-sport', ['card-1']);
    expect(progress.of('round-0')).toBeUndefined();
    expect(progress.of('round-5')).toBeDefined();
  });
});

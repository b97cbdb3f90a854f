import { TokenBuckets, type BucketRule } from './token-buckets';

/** Who is checking a card code: a registered screen (a seat signing in) or any other address. */
export type CodeClient = { kind: 'screen'; id: string } | { kind: 'address'; ip: string };

const MINUTE = 60_000;

/**
 * The limits on card codes (docs/operations.md, "Card codes", has the arithmetic). A wrong code
 * costs a token; a client with none left waits for the next (back-off: 429 with Retry-After).
 * Screens get their own, larger allowance, so anonymous guessing cannot lock players out of the
 * screens; the anonymous total is capped too, against guessing from many addresses at once.
 */
export const CODE_LIMITS = {
  /** Wrong codes from one address not a screen: 10, then one per 6 minutes (10 an hour). */
  address: { capacity: 10, refillMs: 6 * MINUTE },
  /** Wrong codes from all such addresses together: 60, then one a minute. */
  anonymous: { capacity: 60, refillMs: MINUTE },
  /** Wrong codes typed at one registered screen: 20, then one per 3 minutes. */
  screen: { capacity: 20, refillMs: 3 * MINUTE },
  /** Sign-ins and lookups of one card: 10, then one per 2 minutes. */
  card: { capacity: 10, refillMs: 2 * MINUTE },
} satisfies Record<string, BucketRule>;

export type CodeLimits = Record<keyof typeof CODE_LIMITS, BucketRule>;

/** Guards every check of a card code (lookups and sign-ins). */
export class CodeGuard {
  private readonly address: TokenBuckets;
  private readonly anonymous: TokenBuckets;
  private readonly screen: TokenBuckets;
  private readonly card: TokenBuckets;

  constructor(now: () => number, limits: CodeLimits = CODE_LIMITS) {
    this.address = new TokenBuckets(limits.address, now);
    this.anonymous = new TokenBuckets(limits.anonymous, now);
    this.screen = new TokenBuckets(limits.screen, now);
    this.card = new TokenBuckets(limits.card, now);
  }

  /** Before a code is looked at: milliseconds this client must wait, 0 when it may try now. */
  waitBeforeTry(client: CodeClient): number {
    if (client.kind === 'screen') return this.screen.waitMs(client.id);
    return Math.max(this.address.waitMs(client.ip), this.anonymous.waitMs(''));
  }

  /** A code that matched no card. */
  wrongCode(client: CodeClient): void {
    if (client.kind === 'screen') return this.screen.take(client.id);
    this.address.take(client.ip);
    this.anonymous.take('');
  }

  /** A code that matched: milliseconds to wait when this card was used too often, else 0 (and counted). */
  useCard(cardId: string): number {
    const wait = this.card.waitMs(cardId);
    if (wait === 0) this.card.take(cardId);
    return wait;
  }
}

import type { z } from 'zod';
import { apiErrorSchema, type ApiError } from '../../shared/api/api-error';
import { cardMasterySchema, SEAT_TOKEN_HEADER, type CardMastery } from '../../shared/api/card-mastery';
import { healthSchema, type Health } from '../../shared/api/health';
import { leaderboardSchema, type Leaderboard, type LeaderboardQueryParams } from '../../shared/api/leaderboards';
import {
  issuedPlayerCardSchema,
  playerCardSchema,
  suggestionsSchema,
  type IssuedPlayerCard,
  type PlayerCardView,
} from '../../shared/api/player-cards';
import type { NewPlayerCardBody } from '../../shared/api/new-player-card';
import { roundReceiptSchema } from '../../shared/api/rounds';
import { pairedScreenSchema, type PairedScreen } from '../../shared/api/screens';
import { seatTokenSchema, type SeatToken } from '../../shared/api/seat-tokens';
import type { RoundRecord } from '../../shared/round/round-record';

/** A request that did not give the expected answer: the server's error when it sent one. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ApiError | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

/** What became of one try to deliver a round record. */
export type Delivery =
  | { outcome: 'acknowledged'; duplicate: boolean }
  /** The server can never take it (400, 409, 413, 422): retrying would not help. */
  | { outcome: 'refused'; status: number; reason: string }
  /** The server is away, busy or failed: try again later. */
  | { outcome: 'retry'; reason: string };

export interface ApiClientOptions {
  /** The server's origin; empty for the origin the screen was served from. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** A request that takes longer is abandoned (and, for a round, retried later). */
  timeoutMs?: number;
  /** The screen's credential once paired (null before): sent with rounds and sign-ins. */
  credential?: () => string | null;
}

/**
 * Statuses after which the same request may succeed later. 401: the screen is not (or no longer)
 * paired; once the operator pairs it, what waits in its outbox goes through.
 */
const RETRYABLE = new Set([401, 408, 425, 429]);

export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;

  const request = (path: string, init: RequestInit = {}) =>
    fetchFn(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json', ...init.headers } });

  /** Headers that prove this is a registered screen, when it is one. */
  const asScreen = (): Record<string, string> => {
    const credential = options.credential?.();
    return credential ? { authorization: `Bearer ${credential}` } : {};
  };

  async function problemOf(response: Response): Promise<ApiError | null> {
    const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
    return parsed.success ? parsed.data : null;
  }

  async function call<Schema extends z.ZodType>(schema: Schema, path: string, init?: RequestInit): Promise<z.infer<Schema>> {
    const response = await request(path, init);
    if (!response.ok) {
      const problem = await problemOf(response);
      throw new ApiClientError(response.status, problem, problem?.message ?? `${path} answered ${response.status}`);
    }
    return schema.parse(await response.json());
  }

  const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  return {
    health: (): Promise<Health> => call(healthSchema, '/api/health'),

    /** One try to deliver a round; never throws, so the outbox can decide what comes next. */
    async deliverRound(record: RoundRecord): Promise<Delivery> {
      let response: Response;
      try {
        response = await request('/api/rounds', postJson(record, asScreen()));
      } catch (error) {
        return { outcome: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
      if (response.ok) {
        const receipt = roundReceiptSchema.safeParse(await response.json().catch(() => null));
        return { outcome: 'acknowledged', duplicate: receipt.success && receipt.data.duplicate };
      }
      const problem = await problemOf(response);
      const reason = problem?.message ?? `the server answered ${response.status}`;
      if (response.status >= 500 || RETRYABLE.has(response.status)) return { outcome: 'retry', reason };
      return { outcome: 'refused', status: response.status, reason };
    },

    suggestPseudonyms: async (count = 6): Promise<string[]> =>
      (await call(suggestionsSchema, `/api/player-cards/suggestions?count=${count}`)).pseudonyms,

    /** Makes a card; a 409 means the pseudonym is taken, a 400 names what the filter refused. */
    createPlayerCard: (card: NewPlayerCardBody): Promise<IssuedPlayerCard> => call(issuedPlayerCardSchema, '/api/player-cards', postJson(card)),

    /**
     * Signs a seat in with a card code: the card and the seat token its round records carry, or
     * null when no card has the code. Throws ApiClientError otherwise (401 unpaired screen, 429 wait).
     */
    async signIn(code: string, seat: string): Promise<SeatToken | null> {
      try {
        return await call(seatTokenSchema, '/api/seat-tokens', postJson({ code, seat }, asScreen()));
      } catch (error) {
        if (error instanceof ApiClientError && error.status === 404) return null;
        throw error;
      }
    },

    /** Spends the one-time code `ludocite screen add` printed for this screen. */
    pairScreen: (code: string): Promise<PairedScreen> => call(pairedScreenSchema, '/api/screens/pair', postJson({ code })),

    /** Pairs without a code: only a server started with LUDOCITE_PAIR_LOOPBACK=1 and reached on its own machine answers. */
    pairLoopback: (name: string): Promise<PairedScreen> => call(pairedScreenSchema, '/api/screens/pair-loopback', postJson({ name })),

    /** The card a code belongs to, or null when no card has it. */
    async findPlayerCard(code: string): Promise<PlayerCardView | null> {
      try {
        return await call(playerCardSchema, `/api/player-cards/${encodeURIComponent(code)}`);
      } catch (error) {
        if (error instanceof ApiClientError && error.status === 404) return null;
        throw error;
      }
    },

    /**
     * A signed-in seat's mastery, for its player to see: of one pack, or of every pack the card
     * played. The seat token proves the card was signed in at this screen.
     */
    cardMastery(cardId: string, seatToken: string, pack?: string): Promise<CardMastery> {
      const query = pack === undefined ? '' : `?pack=${encodeURIComponent(pack)}`;
      return call(cardMasterySchema, `/api/mastery/${encodeURIComponent(cardId)}${query}`, { headers: { ...asScreen(), [SEAT_TOKEN_HEADER]: seatToken } });
    },

    leaderboard(query: LeaderboardQueryParams = {}): Promise<Leaderboard> {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
      return call(leaderboardSchema, `/api/leaderboards?${search}`);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

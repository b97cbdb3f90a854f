import { playerCardSchema, suggestionsSchema, type PlayerCardView } from '../../shared/api/player-cards';

/** What asking the centre about a card came to; the name page says each in words. */
export type CardLookup = { ok: true; card: PlayerCardView } | { ok: false; problem: 'card-format' | 'card-unknown' | 'card-too-many' | 'network' };

const TIMEOUT_MS = 8_000;

async function getJson(path: string): Promise<Response> {
  return fetch(path, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
}

/** Pseudonyms the centre suggests (free ones, through its name filter); empty when it cannot be reached. */
export async function fetchSuggestions(count = 5): Promise<string[]> {
  try {
    const response = await getJson(`/api/player-cards/suggestions?count=${count}`);
    if (!response.ok) return [];
    const parsed = suggestionsSchema.safeParse(await response.json());
    if (parsed.success) return parsed.data.pseudonyms;
    console.warn('controller: suggestions in an unexpected shape were ignored', parsed.error.issues[0]);
  } catch (error) {
    console.warn('controller: no pseudonym suggestions', error);
  }
  return [];
}

/** The card's pseudonym and avatar, to show on the phone; the screen signs the seat in itself. */
export async function lookUpCard(code: string): Promise<CardLookup> {
  try {
    const response = await getJson(`/api/player-cards/${encodeURIComponent(code)}`);
    if (response.status === 400) return { ok: false, problem: 'card-format' };
    if (response.status === 404) return { ok: false, problem: 'card-unknown' };
    if (response.status === 429) return { ok: false, problem: 'card-too-many' };
    if (!response.ok) return { ok: false, problem: 'network' };
    const parsed = playerCardSchema.safeParse(await response.json());
    return parsed.success ? { ok: true, card: parsed.data } : { ok: false, problem: 'network' };
  } catch {
    return { ok: false, problem: 'network' };
  }
}

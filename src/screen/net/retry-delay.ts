/** First retry after about a second; doubling; never more than 30 s apart, so a returning server fills quickly. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 30_000;

/**
 * How long to wait before try number `attempt + 1`, after `attempt` failed tries (1, 2, …):
 * exponential backoff with "equal jitter" — half of the step is fixed, half random — so the
 * screens of a centre do not all knock at the same instant when the server comes back.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

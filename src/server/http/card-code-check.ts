import type { FastifyReply } from 'fastify';
import type { CodeClient } from '../limits/code-guard';
import type { PlayerCard } from '../store/store';
import { HttpProblem } from './http-problem';
import type { ServerContext } from './server-context';

/** Seconds, rounded up, for a Retry-After header and a sentence. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Every check of a card code goes through here: a client that made too many wrong codes waits
 * (429, Retry-After), a wrong code is counted against it (404), and a card used too often waits
 * too. A 404 and a 429 say nothing about which codes exist.
 */
export async function checkCardCode(context: ServerContext, reply: FastifyReply, client: CodeClient, code: string): Promise<PlayerCard> {
  const wait = context.codeGuard.waitBeforeTry(client);
  if (wait > 0) {
    reply.header('retry-after', String(seconds(wait)));
    throw new HttpProblem('too_many_requests', `too many wrong card codes from here; try again in ${seconds(wait)} s`);
  }
  const card = await context.store.findPlayerCardByCode(code);
  if (!card) {
    context.codeGuard.wrongCode(client);
    throw new HttpProblem('not_found', `no player card has the code ${code}`);
  }
  const cardWait = context.codeGuard.useCard(card.id);
  if (cardWait > 0) {
    reply.header('retry-after', String(seconds(cardWait)));
    throw new HttpProblem('too_many_requests', `this card was used too often just now; try again in ${seconds(cardWait)} s`);
  }
  return card;
}

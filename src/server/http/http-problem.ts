import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { API_ERROR_STATUS, toApiIssues, type ApiError, type ApiErrorCode, type ApiIssue } from '../../shared/api/api-error';

/** A refusal a route throws on purpose; the error handler turns it into an `ApiError` answer. */
export class HttpProblem extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }
}

export function sendProblem(reply: FastifyReply, problem: ApiError): FastifyReply {
  return reply.code(API_ERROR_STATUS[problem.error]).type('application/json; charset=utf-8').send(problem);
}

function codeForStatus(status: number): ApiErrorCode {
  const found = (Object.entries(API_ERROR_STATUS) as [ApiErrorCode, number][]).find(([, s]) => s === status);
  if (found) return found[0];
  return status >= 400 && status < 500 ? 'bad_request' : 'internal';
}

/**
 * Every failure leaves as JSON with a sentence: our own refusals, zod's field list, Fastify's
 * body errors (bad JSON, too large, wrong content type). Anything else is our bug: it is logged
 * in full and the client only learns that the server failed.
 */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(reply, { error: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    }
    if (error instanceof ZodError) {
      return sendProblem(reply, { error: 'bad_request', message: 'the request has wrong fields', issues: toApiIssues(error.issues) });
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, { error: codeForStatus(status), message: error.message || 'the request was refused' });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { error: 'internal', message: 'the server failed to answer; the request was not applied' });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, { error: 'not_found', message: `nothing at ${request.method} ${request.url.split('?')[0]}` }),
  );
}

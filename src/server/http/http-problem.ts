import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
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

/** Sends a refusal; `status` only for statuses that have no code of their own (405, 431, …). */
export function sendProblem(reply: FastifyReply, problem: ApiError, status = API_ERROR_STATUS[problem.error]): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(problem);
}

function codeForStatus(status: number): ApiErrorCode {
  const found = (Object.entries(API_ERROR_STATUS) as [ApiErrorCode, number][]).find(([, s]) => s === status);
  if (found) return found[0];
  return status >= 400 && status < 500 ? 'bad_request' : 'internal';
}

/** Fastify's own sentence, made to say what to do where it does not. */
function messageFor(error: FastifyError, request: FastifyRequest): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return `send the body as JSON with "Content-Type: application/json" (this request said ${request.headers['content-type'] ?? 'nothing'})`;
  }
  return error.message || 'the request was refused';
}

/**
 * Options of the Fastify instance that keep its own answers in the `{error, message}` shape too:
 * an address that cannot be decoded, a request that is not HTTP, one that came too slowly. While
 * the server stops, requests that still reach it on an open connection are answered normally
 * (with `Connection: close`) rather than with Fastify's own 503 body.
 */
export const problemServerOptions = {
  return503OnClosing: false,
  frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, { error: 'bad_request', message: `the address cannot be read: ${error.message}` }),
  clientErrorHandler: answerClientError,
} satisfies Partial<FastifyServerOptions>;

/** A request Node's parser refused before Fastify saw it, answered on the raw socket. */
function answerClientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, problem]: [number, string, ApiError] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', { error: 'request_timeout', message: 'the request did not arrive whole in time' }]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', { error: 'bad_request', message: 'the request headers are too large' }]
        : [400, 'Bad Request', { error: 'bad_request', message: 'the request is not well-formed HTTP' }];
  this.log.debug({ err: error }, 'client error');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
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
      return sendProblem(reply, { error: codeForStatus(status), message: messageFor(error as FastifyError, request) }, status);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { error: 'internal', message: 'the server failed to answer; the request was not applied' });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, { error: 'not_found', message: `nothing at ${request.method} ${request.url.split('?')[0]}` }),
  );
}

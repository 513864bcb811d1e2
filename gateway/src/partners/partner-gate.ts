import type express from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal, TokenVerifier } from '@twoway/auth';
import { ErrorCode, answerError, type Logger } from '@twoway/platform';
import { admitRegisteredOperations, operationsOf, type SafelistRefusals } from '../registered-operations.js';
import type { PartnerClient } from './registry.js';

export interface PartnerGateOptions {
  partners: Map<string, PartnerClient>;
  auth: TokenVerifier;
  /** Shares the rate limits between gateway replicas (REDIS_URL); in memory without it. */
  redisUrl?: string;
  logger: Logger;
}

/** Where the gate leaves the verified principal for the GraphQL context, so the token is verified once. */
export const PRINCIPAL_LOCAL = 'principal';

const PARTNER_REFUSALS: SafelistRefusals = {
  notAllowed: { vi: 'Thao tác này không có trong danh sách cho phép của ứng dụng đối tác', en: "This operation is not on the partner app's safelist" },
  required: { vi: 'Ứng dụng đối tác phải gửi thao tác đã đăng ký (mã sha256Hash của nó)', en: 'A partner app sends a persisted operation (its sha256Hash)' },
};

/** How long a starting gateway waits for Redis before it serves (the limits fall back to memory while Redis is away). */
const REDIS_READY_WAIT_MS = 2_000;

/**
 * Partner apps through the gateway: a request with a PARTNER_APP token must
 * come from a registered client, within that client's rate limit, and run
 * only operations on its safelist, sent as the document or as its SHA-256
 * (`extensions.persistedQuery.sha256Hash`, as Apollo clients send it); the
 * gate then supplies the document. Anything else is refused before Apollo:
 * FORBIDDEN (unknown client), RATE_LIMITED (429, with Retry-After),
 * PERSISTED_OPERATION_REQUIRED or PERSISTED_OPERATION_NOT_ALLOWED.
 */
export function partnerGate(options: PartnerGateOptions): { middleware: express.RequestHandler; ready(): Promise<void>; close(): Promise<void> } {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on('error', (error) => options.logger.warn({ err: error }, 'redis unavailable for partner rate limits'));
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterOf = (client: PartnerClient) => {
    let limiter = limiters.get(client.clientId);
    if (!limiter) {
      const settings = { keyPrefix: `partner-rate:${client.clientId}`, points: client.rateLimit.requests, duration: client.rateLimit.perSeconds };
      // With Redis down, the limit falls back to this replica's memory rather than letting every request through.
      limiter = redis ? new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: new RateLimiterMemory(settings) }) : new RateLimiterMemory(settings);
      limiters.set(client.clientId, limiter);
    }
    return limiter;
  };

  const middleware: express.RequestHandler = async (req, res, next) => {
    let principal: Principal;
    try {
      const authorization = req.headers.authorization;
      principal = await options.auth(typeof authorization === 'string' ? authorization : undefined);
    } catch {
      next(); // the GraphQL context refuses it, with UNAUTHENTICATED
      return;
    }
    res.locals[PRINCIPAL_LOCAL] = principal;
    if (principal.role !== 'PARTNER_APP') {
      next();
      return;
    }
    const client = options.partners.get(principal.subject);
    if (!client) {
      answerError(res, 403, ErrorCode.FORBIDDEN, { vi: 'Ứng dụng đối tác này chưa được đăng ký với hệ thống', en: 'This partner app is not registered with the federation' });
      return;
    }
    const operations = operationsOf(req.body);
    try {
      // Each operation of a batch is a request run: a batch of five costs five.
      await limiterOf(client).consume(client.clientId, Math.max(1, operations.length));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(retryAfterSeconds));
      answerError(res, 429, ErrorCode.RATE_LIMITED, {
        vi: `Ứng dụng đối tác này được gửi nhiều nhất ${client.rateLimit.requests} yêu cầu trong ${client.rateLimit.perSeconds} giây (mỗi thao tác của một lô tính là một yêu cầu)`,
        en: `At most ${client.rateLimit.requests} requests per ${client.rateLimit.perSeconds} s for this partner app (each operation of a batch counts as one)`,
      }, { retryAfterSeconds });
      return;
    }
    if (admitRegisteredOperations(operations, client.operations, res, PARTNER_REFUSALS)) next();
  };
  return {
    middleware: (req, res, next) => {
      void Promise.resolve(middleware(req, res, next)).catch(next);
    },
    /**
     * Resolves once Redis is connected (at once without Redis), or after REDIS_READY_WAIT_MS if it is not: a
     * gateway that serves before its connection is up would count its first partner requests in its own memory,
     * not in the limit the replicas share.
     */
    ready() {
      if (!redis || redis.status === 'ready') return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          redis.off('ready', done);
          resolve();
        };
        const timer = setTimeout(done, REDIS_READY_WAIT_MS);
        redis.once('ready', done);
      });
    },
    async close() {
      redis?.disconnect();
    },
  };
}

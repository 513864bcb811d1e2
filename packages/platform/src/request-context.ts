import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work belongs to, carried through every asynchronous
 * step of it (resolvers, loaders, SQL): so that what is not handed a context
 * (a TypeORM logger) can still tell which request it serves. Set only where
 * the HTTP service is asked to track it (`trackRequestContext`).
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ErrorCode, codedError, errorStatusPlugin, localizeErrors, maskError, serviceUnavailable } from './errors.js';

describe('maskError', () => {
  it('keeps a coded error meant for the caller, dropping internal extensions', () => {
    const onInternal = jest.fn();
    const error = codedError(ErrorCode.INVALID_ID, { vi: '"id" không phải là một mã hợp lệ', en: '"id" is not a valid id' }, { argument: 'id' });
    const formatted = maskError(onInternal)({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: '"id" không phải là một mã hợp lệ', extensions: { code: 'INVALID_ID', argument: 'id' } });
    expect(onInternal).not.toHaveBeenCalled();
  });

  it('replaces an unexpected error (driver, SQL) by a generic one and reports the original', () => {
    const onInternal = jest.fn();
    const original = new Error('relation "member" does not exist at character 15: SELECT * FROM member');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['member'] });
    const formatted = maskError(onInternal)({ message: original.message, path: ['member'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['member'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(onInternal).toHaveBeenCalledWith(original);
  });

  it('masks an error that claims a public code but wraps a plain exception', () => {
    const onInternal = jest.fn();
    const original = new Error('connect ECONNREFUSED 10.0.0.5:5432');
    const wrapped = new GraphQLError(original.message, { originalError: original, extensions: { code: 'BAD_USER_INPUT' } });
    const formatted = maskError(onInternal)({ message: original.message, extensions: { code: 'BAD_USER_INPUT' } }, wrapped);
    expect(formatted.message).toBe('Internal server error');
  });
});

describe('localizeErrors', () => {
  const said = { vi: 'Ngày phải viết YYYY-MM-DD', en: 'Date must be written YYYY-MM-DD' };

  it('says a coded error in Vietnamese until asked otherwise, then in the language asked', () => {
    const error = codedError(ErrorCode.BAD_USER_INPUT, said);
    expect(error.message).toBe(said.vi);
    localizeErrors([error], 'en');
    expect(error.message).toBe(said.en);
    localizeErrors([error], 'vi');
    expect(error.message).toBe(said.vi);
  });

  it('reaches the error a resolver threw through the wrapper graphql-js puts around it', () => {
    const original = codedError(ErrorCode.BAD_USER_INPUT, said);
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['statistics'] });
    localizeErrors([wrapped], 'en');
    expect([wrapped.message, original.message]).toEqual([said.en, said.en]);
  });

  it('leaves alone an error said in one language only (a driver error, masked later)', () => {
    const plain = new GraphQLError('relation "member" does not exist');
    localizeErrors([plain], 'en');
    expect(plain.message).toBe('relation "member" does not exist');
  });
});

describe('maskError with a translation', () => {
  const restarting = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  const translate = (cause: Error) => ((cause as { code?: string }).code === '57P01' ? serviceUnavailable(2) : undefined);

  it('answers an exception the translation knows with its coded error, never the exception’s words', () => {
    const onInternal = jest.fn();
    const wrapped = new GraphQLError(restarting.message, { originalError: restarting, path: ['member'] });
    const formatted = maskError(onInternal, translate)({ message: restarting.message, path: ['member'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    expect(formatted.path).toEqual(['member']);
    expect(formatted.message).not.toMatch(/terminating/);
    expect(onInternal).toHaveBeenCalledWith(restarting);
  });

  it('still masks what it does not know', () => {
    const bug = new Error('column "x" does not exist');
    const formatted = maskError(() => undefined, translate)({ message: bug.message, extensions: {} }, new GraphQLError(bug.message, { originalError: bug }));
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('errorStatusPlugin', () => {
  const failing = (error: () => Error) =>
    new ApolloServer({
      typeDefs: 'type Query { one: String, two: String } type Mutation { change: String }',
      resolvers: { Query: { one: () => { throw error(); }, two: () => 'ok' }, Mutation: { change: () => { throw error(); } } },
      plugins: [errorStatusPlugin()],
      formatError: maskError(() => undefined),
    });

  it('answers 503 with Retry-After when nothing was served for a moment', async () => {
    const server = failing(() => serviceUnavailable(3));
    const response = await server.executeOperation({ query: 'mutation { change }' });
    expect(response.http.status).toBe(503);
    expect(response.http.headers.get('retry-after')).toBe('3');
  });

  it('keeps 200 when part of the answer was served', async () => {
    const server = failing(() => serviceUnavailable(3));
    const response = await server.executeOperation({ query: '{ one two }' });
    expect(response.http.status ?? 200).toBe(200);
    expect(response.http.headers.get('retry-after')).toBeUndefined();
  });

  it('answers a caller’s mistake 4xx even when a resolver threw it, and keeps an internal error as Apollo answers it', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { one: String! }',
      resolvers: { Query: { one: () => { throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'sai', en: 'wrong' }); } } },
      plugins: [errorStatusPlugin()],
    });
    expect((await server.executeOperation({ query: '{ one }' })).http.status).toBe(400);
    const internal = failing(() => new Error('boom'));
    expect((await internal.executeOperation({ query: 'mutation { change }' })).http.status ?? 200).toBe(200);
  });
});

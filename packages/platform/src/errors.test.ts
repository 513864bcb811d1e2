import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ErrorCode, codedError, localizeErrors, maskError } from './errors.js';

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

import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { classifyDatabaseError, databaseErrorAnswer } from './database-errors.js';

/** An error as node-postgres raises it for a server's ErrorResponse: its SQLSTATE in `code`. */
function serverError(code: string, message = 'server said no'): Error {
  return Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'ERROR' });
}

/** The same, as TypeORM throws it from a query. */
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('classifyDatabaseError', () => {
  it.each([
    ['57P01', 'connection'], // terminating connection due to administrator command
    ['57P03', 'connection'], // the database system is starting up
    ['08006', 'connection'],
    ['08001', 'connection'],
    ['53300', 'connection'], // too many connections
    ['25P03', 'connection'], // idle-in-transaction timeout ended the session
    ['40001', 'serialization'],
    ['40P01', 'serialization'],
    ['57014', 'timeout'], // canceling statement due to statement timeout
    ['55P03', 'timeout'],
    ['22001', 'data'], // value too long for type character varying(400)
    ['22021', 'data'], // invalid byte sequence for encoding "UTF8": 0x00
    ['22P02', 'data'], // invalid input syntax
    ['23505', 'constraint'],
    ['23503', 'constraint'],
    ['42703', 'bug'], // undefined column
    ['42601', 'bug'], // syntax error
  ])('SQLSTATE %s is %s, wrapped by TypeORM or not', (code, kind) => {
    expect(classifyDatabaseError(serverError(code)).kind).toBe(kind);
    expect(classifyDatabaseError(failedQuery(serverError(code)))).toEqual({
      kind,
      transient: ['connection', 'serialization', 'timeout'].includes(kind),
      sqlState: code,
    });
  });

  it('knows a broken connection by the words node-postgres uses, and refused sockets by their code', () => {
    expect(classifyDatabaseError(failedQuery(new Error('Connection terminated unexpectedly'))).kind).toBe('connection');
    expect(classifyDatabaseError(new Error('timeout exceeded when trying to connect'))).toEqual({ kind: 'connection', transient: true });
    expect(classifyDatabaseError(new Error('Client has encountered a connection error and is not queryable')).kind).toBe('connection');
    expect(classifyDatabaseError(new QueryRunnerProviderAlreadyReleasedError()).kind).toBe('connection');
    expect(classifyDatabaseError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })).kind).toBe('connection');
    expect(classifyDatabaseError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).kind).toBe('connection');
  });

  it('calls anything else a bug, not the caller’s', () => {
    expect(classifyDatabaseError(new TypeError('x is undefined'))).toEqual({ kind: 'bug', transient: false });
    expect(classifyDatabaseError('a string')).toEqual({ kind: 'bug', transient: false });
    expect(classifyDatabaseError(undefined)).toEqual({ kind: 'bug', transient: false });
  });
});

describe('databaseErrorAnswer', () => {
  it('answers a transient failure SERVICE_UNAVAILABLE with a wait, never the server’s words', () => {
    const answer = databaseErrorAnswer(failedQuery(serverError('57P01', 'terminating connection due to administrator command')));
    expect(answer?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    expect(answer?.message).not.toMatch(/terminating|SELECT/);
    expect(databaseErrorAnswer(serverError('57014'))?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
  });

  it('answers a value the database cannot store BAD_USER_INPUT, and leaves a bug internal', () => {
    const answer = databaseErrorAnswer(failedQuery(serverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')));
    expect(answer?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(answer?.message).not.toMatch(/UTF8|0x00/);
    expect(databaseErrorAnswer(serverError('42703'))).toBeUndefined();
    expect(databaseErrorAnswer(serverError('23505'))).toBeUndefined();
  });
});

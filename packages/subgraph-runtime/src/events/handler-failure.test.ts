import { describe, expect, it } from '@jest/globals';
import { classifyHandlerFailure } from './handler-failure.js';

/** A node-postgres error as TypeORM wraps it (QueryFailedError.driverError). */
const queryFailed = (driverError: Record<string, unknown>) => Object.assign(new Error('query failed'), { driverError });

describe('an event handler\'s failure, as the sender must act on it', () => {
  it('refuses for good what no retry mends, naming the kind and the constraint, never the statement', () => {
    expect(classifyHandlerFailure(queryFailed({ code: '22001', message: 'value too long for type character varying(400)' }))).toEqual({
      kind: 'refused', reason: '22001 value too long (type character varying(400))',
    });
    expect(classifyHandlerFailure(queryFailed({ code: '23505', constraint: 'introduction_letter_number_key', table: 'introduction_letter', detail: 'Key (number)=(1-GGT) already exists.' }))).toEqual({
      kind: 'refused', reason: '23505 duplicate of an existing record (constraint introduction_letter_number_key)',
    });
    expect(classifyHandlerFailure(queryFailed({ code: '23502', table: 'member', column: 'full_name' }))).toEqual({ kind: 'refused', reason: '23502 missing required value (column member.full_name)' });
  });

  it('asks for a retry when the database passes through a bad moment', () => {
    for (const code of ['40001', '40P01', '57P01', '08006', '53300', '55P03', '57014']) expect(classifyHandlerFailure(queryFailed({ code })).kind).toBe('transient');
    expect(classifyHandlerFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toEqual({ kind: 'transient', reason: 'database unreachable or restarting (ECONNREFUSED)' });
    expect(classifyHandlerFailure(new Error('Connection terminated unexpectedly')).kind).toBe('transient');
  });

  it('leaves anything else to the unexpected (a bug: HTTP 500, retried)', () => {
    expect(classifyHandlerFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({ kind: 'unexpected' });
    expect(classifyHandlerFailure(queryFailed({ code: 'XX000' }))).toEqual({ kind: 'unexpected' });
    // A bug in the handler's SQL (a column a migration not yet run adds, during a rolling deploy): retried, never dropped.
    expect(classifyHandlerFailure(queryFailed({ code: '42703', message: 'column "nme" does not exist' }))).toEqual({ kind: 'unexpected' });
  });
});

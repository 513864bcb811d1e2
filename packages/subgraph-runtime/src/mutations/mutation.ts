import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Principal } from '@twoway/auth';
import { ErrorCode, codedError, say, vietnamDate, type Clock, type Language, type Message } from '@twoway/platform';
import { classifyDatabaseError, databaseErrorAnswer } from '@twoway/persistence';

/** A business rule refused the change: data in the payload, not a thrown GraphQL error. */
export interface UserError {
  /** Stable, documented code (see docs/workflows.md). */
  code: string;
  /** Path of the input field at fault, e.g. ["input", "score"]. */
  field: string[];
  message: string;
}

/** Codes every subgraph's mutations may answer; each workflow adds its own. */
export const MutationErrorCode = {
  /** Someone else changed the record since the caller read it (optimistic concurrency). */
  CONFLICT: 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_IDEMPOTENCY_KEY: 'INVALID_IDEMPOTENCY_KEY',
  /** The key was already used by this caller for another operation. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

/** A user error as a rule states it: its message in every language, chosen when the payload is answered. */
export interface RefusedRule {
  code: string;
  field: string[];
  message: Message;
}

const RECORD_GONE: Message = { vi: 'Hồ sơ này không còn nữa', en: 'The record no longer exists' };
const CHANGED_SINCE_READ: Message = {
  vi: 'Hồ sơ đã được người khác thay đổi sau khi bạn mở; hãy tải lại rồi thử lại',
  en: 'The record was changed by someone else since you read it; reload it and try again',
};

/** Thrown inside a mutation to refuse it: the transaction rolls back, the payload carries the errors. */
export class Refusal extends Error {
  constructor(readonly refused: RefusedRule[]) {
    super(refused.map((e) => e.code).join(', '));
  }

  /** The errors as the caller reads them, in their language. */
  userErrors(language: Language = 'vi'): UserError[] {
    return this.refused.map(({ code, field, message }) => ({ code, field, message: say(message, language) }));
  }
}

/** Refuses the mutation: nothing it wrote is kept; the caller reads `message`, Vietnamese first. */
export function refuse(code: string, field: string[], message: Message): never {
  throw new Refusal([{ code, field, message }]);
}

/**
 * Refuses a text longer than `max` characters, counted as PostgreSQL counts a
 * varchar (code points, not UTF-16 units): `code` on `field`, saying what is
 * too long (`what`, a noun phrase), its limit and its length. Nothing reaches
 * the database to be cut or refused there.
 */
export function refuseTooLong(text: string | null | undefined, max: number, code: string, field: string[], what: Message): void {
  const refused = tooLong(text, max, code, field, what);
  if (refused) throw new Refusal([refused]);
}

/** The rule refuseTooLong refuses by, or null when the text is within `max`: for a workflow that gathers every entry's errors before refusing. */
export function tooLong(text: string | null | undefined, max: number, code: string, field: string[], what: Message): RefusedRule | null {
  const characters = text ? [...text].length : 0;
  if (characters <= max) return null;
  return {
    code,
    field,
    message: { vi: `${what.vi} dài tối đa ${max} ký tự (đang có ${characters})`, en: `${what.en} is at most ${max} characters long (it has ${characters})` },
  };
}

/**
 * Asked once a mutation's work is written, inside its transaction, before it
 * commits: 'rollback' answers the caller as if it were kept and keeps nothing
 * (a dry run).
 */
export type BeforeMutationCommit = (mutation: { operation: string; requestId: string }) => 'commit' | 'rollback';

export interface MutationContext {
  principal: Principal;
  requestId: string;
  clock: Clock;
  dataSource: DataSource;
  /** The language the caller reads (Accept-Language); Vietnamese when not given. */
  language?: Language;
  /** The subgraph's plugins' say before a mutation commits (SubgraphPlugin); none in a deployment. */
  beforeMutationCommit?: BeforeMutationCommit;
}

/**
 * What a mutation's work sees: its transaction, who acts, today, and the audit log and outbox of this subgraph.
 * The clock is read once, when the scope is made: every rule of the decision, its audit entries and its
 * messages see the same instant and the same day, even when the work runs across midnight.
 */
export class MutationScope {
  /** The instant of this decision, read once from the injected clock. */
  readonly now: Date;
  /** Today in Vietnam at that instant. */
  readonly today: string;

  constructor(
    readonly manager: EntityManager,
    readonly context: MutationContext,
  ) {
    this.now = context.clock.now();
    this.today = vietnamDate(this.now);
  }

  get principal(): Principal {
    return this.context.principal;
  }

  /**
   * The record as it is now, inside this transaction, if the caller saw its
   * current version; otherwise the mutation is refused with CONFLICT (on
   * `field`, the input's version by default) before any rule is judged on a
   * stale view. With `lock`, read FOR UPDATE: held to commit, so that what the
   * mutation judges from the row stays so (one statement, not a lock then a read).
   */
  async current<E extends ObjectLiteral & { id: string; version: number }>(
    entity: EntityTarget<E>,
    id: string,
    expectedVersion: number,
    options: { field?: string[]; lock?: boolean } = {},
  ): Promise<E> {
    const record = await this.manager.findOne(entity, { where: { id } as never, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!record) refuse(MutationErrorCode.NOT_FOUND, ['input'], RECORD_GONE);
    if (record.version !== expectedVersion) refuse(MutationErrorCode.CONFLICT, options.field ?? ['input', 'version'], CHANGED_SINCE_READ);
    return record;
  }

  /**
   * Optimistic concurrency: `UPDATE … SET …, version = version + 1 WHERE id = $1
   * AND version = $2`, checking that exactly one row changed; otherwise the
   * whole mutation is refused with CONFLICT and nothing is written.
   */
  async updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
    entity: EntityTarget<E>,
    current: E,
    expectedVersion: number,
    changes: Partial<E>,
    field: string[] = ['input', 'version'],
  ): Promise<E> {
    const result = await this.manager
      .createQueryBuilder()
      .update(entity)
      .set(changes as never)
      .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) refuse(MutationErrorCode.CONFLICT, field, CHANGED_SINCE_READ);
    const updated = await this.manager.findOneByOrFail(entity, { id: current.id } as never);
    await this.audit('UPDATE', entityName(entity), current.id, current, updated);
    return updated;
  }

  /** Inserts a new record and audits it. */
  async create<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, values: Partial<E>): Promise<E> {
    const record = this.manager.create(entity, values as never) as E;
    await this.manager.insert(entity, record as never);
    const stored = await this.manager.findOneByOrFail(entity, { id: record.id } as never);
    await this.audit('CREATE', entityName(entity), record.id, null, stored);
    return stored;
  }

  /** Appends to this subgraph's audit log: who, for which organisation, when, what, before and after. */
  async audit(action: string, entityType: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    const { principal, requestId } = this.context;
    await this.manager.query(
      `INSERT INTO audit_log (occurred_at, request_id, actor_subject, actor_role, actor_organization_id, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [this.now, requestId, principal.subject, principal.role, principal.organizationId, action, entityType, entityId, json(before), json(after)],
    );
  }

  /** Records an effect on another subgraph, delivered at least once after this transaction commits. */
  async publish(topic: string, target: string, payload: Record<string, unknown>): Promise<void> {
    const { now } = this;
    const { subject, role, organizationId } = this.context.principal;
    await this.manager.query(
      `INSERT INTO outbox_message (id, topic, target, payload, created_at, available_at) VALUES ($1, $2, $3, $4, $5, $5)`,
      [randomUUID(), topic, target, JSON.stringify({ ...payload, actor: { subject, role, organizationId } }), now],
    );
  }
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : String(entity);
}

export interface MutationResult<T> {
  result: T | null;
  userErrors: UserError[];
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Runs one mutation: one database transaction, an idempotency key scoped to
 * the caller, and `userErrors` instead of partial changes.
 *
 * - A retry with the same key by the same principal returns the first result
 *   and applies nothing twice; concurrent retries wait for the first.
 * - The same key from another principal is another key.
 * - A refusal, a lost optimistic-concurrency race or a unique-index conflict
 *   rolls everything back and answers a coded user error.
 * - A transaction that lost a race the database detected (serialization
 *   failure, deadlock) or its connection is run again from the start, up to
 *   MUTATION_ATTEMPTS times with jittered backoff; what still fails is
 *   answered SERVICE_UNAVAILABLE (retryable), a value the database cannot
 *   store BAD_USER_INPUT.
 * - A plugin's `beforeMutationCommit` may roll a written mutation back (a dry
 *   run): the caller gets the same answer and nothing is kept.
 */
export async function runMutation<E extends ObjectLiteral, T extends E | E[]>(
  context: MutationContext,
  options: { operation: string; idempotencyKey: string; entity: EntityTarget<E> },
  work: (scope: MutationScope) => Promise<T>,
): Promise<MutationResult<T>> {
  if (!IDEMPOTENCY_KEY.test(options.idempotencyKey)) {
    return failed(context, MutationErrorCode.INVALID_IDEMPOTENCY_KEY, ['input', 'idempotencyKey'], {
      vi: 'Khóa chống lặp (idempotencyKey) gồm 1 đến 128 chữ cái, chữ số hoặc ._:-',
      en: 'The idempotency key must be 1 to 128 letters, digits or ._:-',
    });
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptMutation(context, options, work);
    } catch (error) {
      if (error instanceof DryRun) return { result: error.result as T, userErrors: [] };
      if (error instanceof Refusal) return { result: null, userErrors: error.userErrors(context.language) };
      const { kind, sqlState } = classifyDatabaseError(error);
      if (sqlState === '23505') {
        return failed(context, MutationErrorCode.CONFLICT, ['input'], {
          vi: 'Có một thay đổi xung đột được thực hiện cùng lúc; hãy tải lại rồi thử lại',
          en: 'A conflicting change was made at the same time; reload and try again',
        });
      }
      // Run again from the start: the idempotency record is written in the same transaction, so an
      // attempt that did commit (its answer lost with the connection) is found, not applied twice.
      const retryable = kind === 'serialization' || kind === 'connection';
      if (retryable && attempt < MUTATION_ATTEMPTS) {
        await pause(backoff(kind, attempt));
        continue;
      }
      // A transient failure left over, or a value the database cannot store: a coded answer, never the SQL.
      throw databaseErrorAnswer(error) ?? error;
    }
  }
}

/** How many times a mutation is run when its transaction loses a race or its connection (the first run included). */
export const MUTATION_ATTEMPTS = 4;

/**
 * Waits before the next attempt, growing and jittered ("full jitter") so that
 * writers that collided do not collide again in step: a lost race is retried
 * at once or nearly; a lost connection waits longer, for the server to come back
 * (about 1.4 s at most over all attempts, within one request's patience).
 */
function backoff(kind: 'serialization' | 'connection', attempt: number): number {
  const base = kind === 'serialization' ? 20 : 200;
  return Math.round(base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One attempt: the transaction, the idempotency record, the work, the plugins' say before commit. */
async function attemptMutation<E extends ObjectLiteral, T extends E | E[]>(
  context: MutationContext,
  options: { operation: string; idempotencyKey: string; entity: EntityTarget<E> },
  work: (scope: MutationScope) => Promise<T>,
): Promise<MutationResult<T>> {
  return context.dataSource.transaction(async (manager) => {
    const { subject } = context.principal;
    // Serialises retries of one key by one caller; different keys never wait for each other.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [subject, options.idempotencyKey]);
    const [previous] = (await manager.query(
      'SELECT operation, response FROM idempotency_record WHERE principal_subject = $1 AND idempotency_key = $2',
      [subject, options.idempotencyKey],
    )) as { operation: string; response: { result: Record<string, unknown> } }[];
    if (previous) {
      if (previous.operation !== options.operation) {
        return failed<T>(context, MutationErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'], {
          vi: 'Khóa chống lặp này đã được dùng cho một thao tác khác',
          en: 'This idempotency key was already used for another operation',
        });
      }
      // The first result, as it was: rebuilt from its stored snapshot (one record or a list).
      return { result: manager.create(options.entity, previous.response.result as never) as unknown as T, userErrors: [] };
    }
    const scope = new MutationScope(manager, context);
    const result = await work(scope);
    await manager.query(
      'INSERT INTO idempotency_record (principal_subject, idempotency_key, operation, response, created_at) VALUES ($1, $2, $3, $4, $5)',
      [subject, options.idempotencyKey, options.operation, JSON.stringify({ result }), scope.now],
    );
    if (context.beforeMutationCommit?.({ operation: options.operation, requestId: context.requestId }) === 'rollback') throw new DryRun(result);
    return { result, userErrors: [] };
  });
}

/** A mutation done in full, then rolled back because a plugin asked for it (see BeforeMutationCommit). */
class DryRun {
  constructor(readonly result: unknown) {}
}

function failed<T>(context: MutationContext, code: string, field: string[], message: Message): MutationResult<T> {
  return { result: null, userErrors: new Refusal([{ code, field, message }]).userErrors(context.language) };
}

/** A principal that may not do this, or not for that organisation: a top-level FORBIDDEN, nothing changed. */
export function forbidden(message: Message, language: Language = 'vi'): GraphQLError {
  const error = codedError(ErrorCode.FORBIDDEN, message);
  error.message = say(message, language);
  return error;
}

/**
 * For reads done before a mutation's transaction (asking another subgraph):
 * a refusal is kept, to be answered as a user error inside `runMutation`;
 * any other failure is thrown as usual.
 */
export async function keepRefusal<T>(work: Promise<T>): Promise<T | Refusal> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
}

import type { DataSource } from 'typeorm';
import type { Principal } from '@twoway/auth';
import type { Language } from '@twoway/platform';
import { forbidden } from '../mutations/mutation.js';
import { withoutGuardedValues } from '../access/guarded-json.js';

/** Who may follow up effects that did not get through. */
const FOLLOW_UP_ROLES = new Set(['ADMINISTRATOR', 'OVERSIGHT']);

/**
 * Resolver of `<subgraph>UndeliveredEffects`: this subgraph's outbox messages
 * that are refused or still waiting, oldest first (at most 100).
 */
export function undeliveredEffectsResolver() {
  return async (_root: unknown, _args: unknown, ctx: { principal: Principal; dataSource: DataSource; language?: Language }) => {
    if (!FOLLOW_UP_ROLES.has(ctx.principal.role)) {
      throw forbidden({ vi: 'Chỉ quản trị viên và ban tổ chức (giám sát) theo dõi các tác động chưa chuyển được', en: 'Only administrators and oversight follow up undelivered effects' }, ctx.language);
    }
    const rows = (await ctx.dataSource.query(
      `SELECT id, topic, target, created_at, attempts, refused_at, last_error, payload FROM outbox_message
       WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT 100`,
    )) as { id: string; topic: string; target: string; created_at: Date; attempts: number; refused_at: Date | null; last_error: string | null; payload: unknown }[];
    return rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      target: row.target,
      createdAt: new Date(row.created_at).toISOString(),
      attempts: row.attempts,
      refusedAt: row.refused_at ? new Date(row.refused_at).toISOString() : null,
      lastError: row.last_error,
      payload: withoutGuardedValues(row.payload),
    }));
  };
}

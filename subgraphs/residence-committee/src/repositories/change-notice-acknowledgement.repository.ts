import type { DataSource, EntityManager } from 'typeorm';
import { ChangeNoticeAcknowledgement } from '../entities/change-notice-acknowledgement.entity.js';

type Reader = DataSource | EntityManager;

/** Whether the ward already acknowledged the change notice. */
export function isAcknowledged(reader: Reader, changeNoticeId: string): Promise<boolean> {
  return reader.getRepository(ChangeNoticeAcknowledgement).existsBy({ id: changeNoticeId });
}

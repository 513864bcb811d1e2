import { In, type DataSource, type EntityManager } from 'typeorm';
import { inKeyOrder } from '@twoway/persistence';
import { LetterReceipt } from '../entities/letter-receipt.entity.js';

type Reader = DataSource | EntityManager;

/** The ward's receipts (return stubs) of the letters asked, in the order asked; null for a letter not received nor returned. */
export async function findReceipts(reader: Reader, letterIds: readonly string[]): Promise<(LetterReceipt | null)[]> {
  return inKeyOrder(letterIds, await reader.getRepository(LetterReceipt).findBy({ id: In([...letterIds]) }), (r) => r.id);
}

/** Whether the ward already received or returned the letter. */
export function hasReceipt(reader: Reader, letterId: string): Promise<boolean> {
  return reader.getRepository(LetterReceipt).existsBy({ id: letterId });
}

/** The day the ward received each of these letters (letters returned or not received are left out). */
export async function findReceiptDays(reader: Reader, letterIds: readonly string[]): Promise<Map<string, string>> {
  if (letterIds.length === 0) return new Map();
  const receipts = await reader.getRepository(LetterReceipt).findBy({ id: In([...letterIds]) });
  return new Map(receipts.filter((r) => r.receivedOn !== null).map((r) => [r.id, r.receivedOn!]));
}

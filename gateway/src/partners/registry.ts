import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from '@twoway/platform';

export const DEFAULT_PARTNERS_FILE = new URL('../../partners/partners.json', import.meta.url).pathname;

const registryFile = z.object({
  clients: z.array(z.object({
    clientId: z.string().min(1),
    name: z.string().min(1),
    /** Operation documents, relative to the registry file; each is allowed by the SHA-256 of its text. */
    operations: z.array(z.string().min(1)).min(1),
    rateLimit: z.object({ requests: z.number().int().positive(), perSeconds: z.number().int().positive() }),
  })),
});

export interface PartnerClient {
  clientId: string;
  name: string;
  /** Allowed operations: SHA-256 (hex) of the document text → the text. */
  operations: Map<string, string>;
  rateLimit: { requests: number; perSeconds: number };
}

export const operationHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads the partner registry (PARTNERS_FILE, or gateway/partners/partners.json). */
export function loadPartnerRegistry(file: string = DEFAULT_PARTNERS_FILE): Map<string, PartnerClient> {
  const parsed = registryFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  return new Map(parsed.clients.map((client) => [client.clientId, {
    clientId: client.clientId,
    name: client.name,
    rateLimit: client.rateLimit,
    operations: new Map(client.operations.map((relative) => {
      const text = readFileSync(path.resolve(path.dirname(file), relative), 'utf8');
      return [operationHash(text), text] as const;
    })),
  }]));
}

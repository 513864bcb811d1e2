import { z } from 'zod';

/**
 * Reads and validates configuration from the environment at start-up.
 * Every problem is collected and printed at once, then the process exits 1.
 */
export function loadEnvironment<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  console.error(`Invalid environment:\n${problems.join('\n')}`);
  process.exit(1);
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const postgresUrl = () => z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');
/**
 * A secret shared between the services (the gateway's signature, the events' signature): at least 16
 * characters, and never docker-compose.yml's placeholder, which anyone who has read the repository knows.
 */
export const sharedSecret = () =>
  z.string().min(16, 'must be at least 16 characters')
    .refine((secret) => !secret.startsWith('change-me'), 'is the placeholder of docker-compose.yml: set a long random secret (`npm run keys` writes one to .env)');
export { z };

import { describe, expect, it } from '@jest/globals';
import { sharedSecret, z } from './environment.js';

describe('a shared secret in the environment', () => {
  const schema = z.object({ SECRET: sharedSecret() });
  const problems = (value: string) => {
    const result = schema.safeParse({ SECRET: value });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('takes a long random value', () => {
    expect(problems('q3VhJ0c9Rk1wZ2xhY2tCb3hUb2tlbg')).toEqual([]);
  });

  it('refuses a short one, and the placeholders docker-compose.yml falls back to', () => {
    expect(problems('too-short')).toEqual(['must be at least 16 characters']);
    for (const placeholder of ['change-me-in-every-deployment', 'change-me-too-in-every-deployment']) {
      expect(problems(placeholder)).toEqual(['is the placeholder of docker-compose.yml: set a long random secret (`npm run keys` writes one to .env)']);
    }
  });
});

import { jest } from '@jest/globals';

/**
 * How long one test or hook of the integration and e2e projects may take:
 * real PostgreSQL work (cloning databases, starting a federation, statement
 * triggers over the demo data) on a 2-core machine running two test files at
 * once, not jest's 5 s default, which is a budget for unit tests. A test that
 * needs more says so itself.
 */
jest.setTimeout(90_000);

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';
import { REQUEST_ID_HEADER, SLOW_REQUEST_MS, requestIdOf, requestLogger, requestLogging, type RequestIdSource } from './request-log.js';

interface Line {
  level: number;
  msg: string;
  req?: { id?: string; callerId?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string };
}

/** A server whose every request goes through requestLogging, then `answer`; its log lines in `lines`. */
async function serve(level: string, answer: (req: http.IncomingMessage, res: http.ServerResponse) => void, source?: RequestIdSource) {
  const lines: Line[] = [];
  const logger = createLogger('test', level, { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
  const logging = requestLogging(logger, source);
  const server = http.createServer((req, res) => logging(req, res, () => answer(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { lines, logger, url };
}
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});
/** Lets the answer's 'finish' run its listener. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('request ids and request logs', () => {
  it('keeps a plausible caller id, answers it, and logs the answer at info without any header', async () => {
    const { lines, url } = await serve('info', (req, res) => res.end(requestIdOf(req)));
    const response = await fetch(`${url}/graphql?x=1`, { method: 'POST', headers: { [REQUEST_ID_HEADER]: 'req-213', authorization: 'Bearer secret-token' } });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('req-213');
    expect(await response.text()).toBe('req-213');
    await settled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request completed', req: { id: 'req-213', method: 'POST', url: '/graphql?x=1' }, res: { statusCode: 200 } });
    expect(lines[0]!.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });

  it('gives a request without a plausible id a fresh one', async () => {
    const { url } = await serve('info', (_req, res) => res.end());
    const response = await fetch(url, { headers: { [REQUEST_ID_HEADER]: 'no spaces allowed' } });
    expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('at the edge (own ids) never takes the caller\'s id: each request its own, the caller\'s logged beside it', async () => {
    const { lines, url } = await serve('info', (req, res) => res.end(requestIdOf(req)), 'own');
    const answers = await Promise.all([1, 2].map(() => fetch(url, { headers: { [REQUEST_ID_HEADER]: 'req-chosen' } })));
    const ids = await Promise.all(answers.map((a) => a.text()));
    expect(ids.map((id, i) => [id, answers[i]!.headers.get(REQUEST_ID_HEADER)])).toEqual(ids.map((id) => [expect.stringMatching(/^[0-9a-f-]{36}$/), id]));
    expect(ids[0]).not.toBe(ids[1]);
    await settled();
    expect(lines.map((l) => l.req).sort((a, b) => a!.id!.localeCompare(b!.id!))).toEqual([...ids].sort().map((id) => expect.objectContaining({ id, callerId: 'req-chosen' })));
  });

  it('logs nothing for an answer in time at warn, and always a 5xx (at error)', async () => {
    const { lines, url } = await serve('warn', (req, res) => {
      res.statusCode = req.url === '/fails' ? 503 : 200;
      res.end();
    });
    await fetch(`${url}/graphql`);
    await fetch(`${url}/fails`, { headers: { [REQUEST_ID_HEADER]: 'req-503' } });
    await settled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'request errored', req: { id: 'req-503', url: '/fails' }, res: { statusCode: 503 } });
  });

  it(`logs an answer that took ${SLOW_REQUEST_MS} ms or more at warn`, async () => {
    const { lines, url } = await serve('warn', (_req, res) => void setTimeout(() => res.end(), SLOW_REQUEST_MS + 50));
    await fetch(`${url}/graphql`, { headers: { [REQUEST_ID_HEADER]: 'req-slow' } });
    await settled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'slow request', req: { id: 'req-slow' } });
    expect(lines[0]!.responseTime).toBeGreaterThanOrEqual(SLOW_REQUEST_MS);
  });

  it('leaves successful health probes out, and lines written while serving carry the request id', async () => {
    const { lines, logger, url } = await serve('info', (req, res) => {
      requestLogger(logger, requestIdOf(req)).info('while serving');
      res.end();
    });
    await fetch(`${url}/health/ready`, { headers: { [REQUEST_ID_HEADER]: 'req-probe' } });
    await settled();
    expect(lines.map((line) => [line.msg, line.req?.id])).toEqual([['while serving', 'req-probe']]);
  });
});

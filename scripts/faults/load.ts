/**
 * The fault suite's traffic, through the gateway as a client sends it: reads of one member's profile across the
 * three subgraphs, and writes (introduction letters, whose effects go to the residence committee) each with its
 * own idempotency key, retried with that key until acknowledged. Every answer is kept as a sample (when, how
 * long, HTTP status, error codes), and every write in a ledger that is checked against the databases at the end
 * (lost: acknowledged but not there; doubled: more than one letter for one key).
 */
import path from 'node:path';
import { createTokenSigner, ensureDevelopmentKeys, readJson } from '@twoway/auth';
import { queryRows } from '@twoway/persistence';
import type { JWK } from 'jose';
import { root, type DatabaseUrls } from '../lib/databases.js';

/** One answer (or failure to answer) as the client saw it. */
export interface Sample {
  kind: 'read' | 'write';
  /** When it was sent, ms since the epoch. */
  at: number;
  ms: number;
  status: number;
  /** The errors' `extensions.code`s; NETWORK_ERROR when nothing answered, CLIENT_TIMEOUT past the client's own bound. */
  codes: string[];
  /** A read: the workplace's field (fullName) came back; a write: it was acknowledged. */
  ok: boolean;
  /** A read: which subgraphs' fields were missing, named by the errors (SUBGRAPH_UNAVAILABLE's serviceName). */
  unavailable: string[];
}

const READ = `query FaultsMemberProfile($id: ID!) {
  member(id: $id) {
    fullName position
    latestReview { year score }
    residenceRegistration { status ward { name } }
  }
}`;
const MUTATIONS = {
  letter: `mutation FaultsIssueLetter($input: IssueIntroductionLetterInput!) {
  issueIntroductionLetter(input: $input) { introductionLetter { id status } userErrors { code message } }
}`,
  standing: `mutation FaultsReportExemption($input: ReportMemberChangeInput!) {
  reportMemberChange(input: $input) { member { id version } userErrors { code message } }
}`,
};

/** A member the writes and reads use, with its grassroots committee's token. */
interface Subject {
  memberId: string;
  authorization: string;
}

/**
 * One write, sent until acknowledged (an answer with its record or a user error): an introduction letter, or a
 * member's exemption changed (whose effect, the member's standing, goes to the residence committee's queue).
 */
export interface Write {
  kind: 'letter' | 'standing';
  key: string;
  subject: Subject;
  /** The mutation's input, its idempotency key included. */
  input: Record<string, unknown>;
  /** What the write leaves in the database to find it by: the letter's address, the change's remarks (both hold the key). */
  mark: string;
  attempts: number;
  /** The record the answer named (the letter; the member). */
  resultId?: string;
  refused?: string;
}

export interface Traffic {
  samples: Sample[];
  writes: Write[];
  read(): Promise<Sample>;
  /** A new letter, sent once (`retry` sends it again): the write, with what its answer said. */
  write(): Promise<Write>;
  /** `count` exemption changes of members no write is pending for, their versions read now; not sent yet. */
  standingChanges(count: number): Promise<Write[]>;
  retry(write: Write): Promise<Sample>;
}

const CLIENT_TIMEOUT_MS = 60_000;

/** Members able to receive a letter (active, introduced before, not on special duty), wards in force, and tokens of their committees. */
export async function prepareTraffic(urls: DatabaseUrls, gatewayUrl: string, size = 600): Promise<Traffic> {
  const { privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
  const signer = await createTokenSigner(await readJson<JWK>(privateKeyFile));
  const members = await queryRows<{ id: string; agency: string }>(
    urls.WORKPLACE_DATABASE_URL,
    `SELECT m.id, m.workplace_organization_id AS agency FROM member m
     WHERE m.status = 'ACTIVE' AND m.exemption_category IS DISTINCT FROM 'SPECIAL_DUTY'
       AND EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id)
     ORDER BY md5(m.id::text) LIMIT $1`,
    [size],
  );
  const wards = await queryRows<{ id: string }>(
    urls.WORKPLACE_DATABASE_URL,
    `SELECT id FROM organization_unit WHERE kind = 'WARD' AND valid_from <= current_date AND valid_to IS NULL ORDER BY md5(id::text) LIMIT 50`,
  );
  if (members.length < 50 || wards.length === 0) throw new Error(`The generated data holds too few members to write for (${members.length}) or no ward in force.`);
  const tokens = new Map<string, string>();
  for (const { agency } of members) {
    if (!tokens.has(agency)) {
      tokens.set(agency, `Bearer ${await signer.sign({ sub: `faults:${agency}`, role: 'WORKPLACE_COMMITTEE', org: agency, name: 'Bộ kiểm thử sự cố' }, { expiresIn: '4h' })}`);
    }
  }
  const subjects: Subject[] = members.map((m) => ({ memberId: m.id, authorization: tokens.get(m.agency)! }));
  // Writes not yet acknowledged never share a member (two letters for one member at once would conflict, which is not the fault under test).
  const busy = new Set<string>();
  let turn = 0;
  const run = `${process.pid}-${Date.now().toString(36)}`;

  const samples: Sample[] = [];
  const writes: Write[] = [];
  const post = async (kind: Sample['kind'], body: unknown, authorization: string, judge: (json: Answer) => boolean): Promise<Sample> => {
    const at = Date.now();
    const sample: Sample = { kind, at, ms: 0, status: 0, codes: [], ok: false, unavailable: [] };
    try {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      sample.status = response.status;
      const text = await response.text();
      let json: Answer | undefined;
      try {
        json = JSON.parse(text) as Answer;
      } catch {
        sample.codes.push(`HTTP_${response.status}`);
      }
      if (json) {
        for (const error of json.errors ?? []) {
          sample.codes.push(error.extensions?.code ?? 'NO_CODE');
          if (typeof error.extensions?.serviceName === 'string') sample.unavailable.push(error.extensions.serviceName);
        }
        sample.ok = response.status === 200 && judge(json);
      }
    } catch (error) {
      sample.codes.push((error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK_ERROR');
    }
    sample.ms = Date.now() - at;
    samples.push(sample);
    return sample;
  };

  const retry = async (write: Write) => {
    write.attempts += 1;
    busy.add(write.subject.memberId);
    try {
      return await post('write', { query: MUTATIONS[write.kind], variables: { input: write.input } }, write.subject.authorization, (json) => {
        const payload = write.kind === 'letter' ? json.data?.issueIntroductionLetter : json.data?.reportMemberChange;
        if (!payload) return false;
        const record = 'introductionLetter' in payload ? payload.introductionLetter : 'member' in payload ? payload.member : null;
        if (record) write.resultId = record.id;
        else write.refused = payload.userErrors?.map((e) => e.code).join(', ') || 'no record';
        return true;
      });
    } finally {
      // The member stays busy until its write is acknowledged: another write for it meanwhile would race this one.
      if (acknowledged(write)) busy.delete(write.subject.memberId);
    }
  };
  const newKey = () => `faults-${run}-${writes.length}`;
  return {
    samples,
    writes,
    read: () => {
      const subject = subjects[turn++ % subjects.length]!;
      return post('read', { query: READ, variables: { id: subject.memberId } }, subject.authorization, (json) => typeof json.data?.member?.fullName === 'string');
    },
    write: () => {
      let subject = subjects[turn++ % subjects.length]!;
      while (busy.has(subject.memberId)) subject = subjects[turn++ % subjects.length]!;
      const key = newKey();
      const mark = `Số ${(writes.length % 200) + 1}, ngõ 15 (${key}), Hà Nội`;
      const input = { idempotencyKey: key, memberId: subject.memberId, toWardId: wards[writes.length % wards.length]!.id, residenceAddress: mark };
      const write: Write = { kind: 'letter', key, subject, input, mark, attempts: 0 };
      writes.push(write);
      return retry(write).then(() => write);
    },
    async standingChanges(count) {
      const free = subjects.filter((s) => !busy.has(s.memberId)).slice(0, count);
      const rows = await queryRows<{ id: string; version: number; exemption_category: string | null }>(
        urls.WORKPLACE_DATABASE_URL,
        `SELECT id, version, exemption_category FROM member WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
        [free.map((s) => s.memberId)],
      );
      const day = new Date().toISOString().slice(0, 10);
      return rows.map((row) => {
        const key = newKey();
        const mark = `Bộ kiểm thử sự cố (${key})`;
        // Mobile worker and back: neither ends the member's letters (special duty would), both change the standing the residence keeps.
        const exemptionCategory = row.exemption_category === 'MOBILE_WORKER' ? null : 'MOBILE_WORKER';
        const input = { idempotencyKey: key, memberId: row.id, version: row.version, changeType: 'EXEMPTION_CHANGED', effectiveOn: day, exemptionCategory, remarks: mark };
        const write: Write = { kind: 'standing', key, subject: free.find((s) => s.memberId === row.id)!, input, mark, attempts: 0 };
        writes.push(write);
        busy.add(row.id);
        return write;
      });
    },
    retry,
  };
}

interface Answer {
  data?: {
    member?: { fullName?: string } | null;
    issueIntroductionLetter?: { introductionLetter: { id: string } | null; userErrors?: { code: string }[] } | null;
    reportMemberChange?: { member: { id: string } | null; userErrors?: { code: string }[] } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string; serviceName?: unknown } }[];
}

/** Whether a write was answered (a letter or a user error). */
export const acknowledged = (write: Write) => write.resultId !== undefined || write.refused !== undefined;

/**
 * Sends a write again with its key, as a careful client does, until it is acknowledged or `stop()` says so:
 * waiting 200 ms, doubling to 2 s, between attempts.
 */
export async function untilAcknowledged(traffic: Traffic, write: Write, stop: () => boolean): Promise<void> {
  for (let wait = 200; !acknowledged(write) && !stop(); wait = Math.min(wait * 2, 2_000)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    await traffic.retry(write);
  }
}

/** Sends every unacknowledged write again, with its key, 8 at a time, until each is acknowledged or `withinMs` has passed; how many are left. */
export async function settle(traffic: Traffic, writes: Write[], withinMs = 60_000): Promise<number> {
  const deadline = Date.now() + withinMs;
  const open = writes.filter((w) => !acknowledged(w));
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let write = open.shift(); write; write = open.shift()) await untilAcknowledged(traffic, write, () => Date.now() > deadline);
    }),
  );
  return writes.filter((w) => !acknowledged(w)).length;
}

/**
 * Acknowledged writes missing from the workplace's database (lost: no letter with the answer's id and the write's
 * address; no change with its remarks), and records made more than once by one write (doubled).
 */
export async function checkWrites(urls: DatabaseUrls, writes: Write[]): Promise<{ acknowledged: number; refused: number; unacknowledged: number; lost: number; doubled: number; refusals: Record<string, number> }> {
  const marks = (kind: Write['kind']) => writes.filter((w) => w.kind === kind).map((w) => w.mark);
  const [letters, changes] = await Promise.all([
    queryRows<{ id: string; mark: string }>(urls.WORKPLACE_DATABASE_URL, `SELECT id, residence_address AS mark FROM introduction_letter WHERE residence_address = ANY($1::text[])`, [marks('letter')]),
    queryRows<{ id: string; mark: string }>(urls.WORKPLACE_DATABASE_URL, `SELECT member_id AS id, details->>'remarks' AS mark FROM member_change WHERE details->>'remarks' = ANY($1::text[])`, [marks('standing')]),
  ]);
  const byMark = new Map<string, string[]>();
  for (const row of [...letters, ...changes]) byMark.set(row.mark, [...(byMark.get(row.mark) ?? []), row.id]);
  const lost = writes.filter((w) => w.resultId && !(byMark.get(w.mark) ?? []).includes(w.resultId)).length;
  const doubled = [...byMark.values()].reduce((sum, ids) => sum + Math.max(0, ids.length - 1), 0);
  const refusals: Record<string, number> = {};
  for (const w of writes) if (w.refused) refusals[w.refused] = (refusals[w.refused] ?? 0) + 1;
  return {
    acknowledged: writes.filter(acknowledged).length,
    refused: writes.filter((w) => w.refused).length,
    unacknowledged: writes.filter((w) => !acknowledged(w)).length,
    lost,
    doubled,
    refusals,
  };
}

/**
 * Keeps `concurrency` clients busy until `until()` says stop: each sends a read or a write (`writeShare` of them
 * writes) and then the next, with no pause. Returns the samples of this run.
 */
export async function drive(traffic: Traffic, options: { concurrency: number; writeShare: number; until: () => boolean; pauseMs?: number }): Promise<Sample[]> {
  const from = traffic.samples.length;
  let n = 0;
  const client = async () => {
    while (!options.until()) {
      // Writes spread evenly among the reads: the nth request writes when it takes the count of writes past a whole number.
      const turn = n++;
      if (Math.floor((turn + 1) * options.writeShare) > Math.floor(turn * options.writeShare)) {
        // A client retries its write until acknowledged before it writes again; one left open at the end is settled.
        await untilAcknowledged(traffic, await traffic.write(), options.until);
      } else {
        await traffic.read();
      }
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  return traffic.samples.slice(from);
}

/** How many answers carried each error code. */
export function codesOf(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) for (const code of new Set(sample.codes)) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** The `p`th percentile (0-100) of the samples' durations, in ms. */
export function percentile(samples: Sample[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

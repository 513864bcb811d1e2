import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { GuardedField, isAuditedRead, mayReadField, type Principal, type PrincipalClaims, type Role } from '@twoway/auth';
import { organizationId } from '@twoway/demo-data';
import { operationHash, type PartnerClient } from '@twoway/gateway';
import { queryRows } from '@twoway/persistence';
import type { SubgraphKey } from '../../support/databases.js';
import { postGraphQL, postToSubgraph, startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { mutate, type UserError } from '../../support/graphql.js';
import {
  GATEWAY_BUDGET, GUARDED_COLUMNS, findGuardedValues, generateOperations, membersReached, notePlanted, originalAddressPattern, plantGuardedValues, plantedAddress,
  type ArgumentValues, type GeneratedOperation, type Holder, type PlantedValues,
} from '../../support/personal-data.js';
import { TEST_DAY } from '../../support/test-day.js';

/** One principal the test reads as: its token's claims and the policy's view of it. */
interface Reader {
  /** How reports name it. */
  name: string;
  principal: Principal;
  claims: Partial<PrincipalClaims> & { sub: string };
}

/** A place the test reads from: the gateway, or one subgraph directly. */
interface Endpoint {
  name: string;
  operations: GeneratedOperation[];
  post(body: unknown, headers: Record<string, string>): Promise<GraphQLResponse>;
}

/** An allowed read of personal data, which must have left a READ_PERSONAL_DATA row in the holding subgraph. */
interface ExpectedAudit {
  subgraph: SubgraphKey;
  requestId: string;
  subject: string;
  holder: Holder;
  where: string;
}

const columnOf = (field: GuardedField) => GUARDED_COLUMNS.find((c) => c.field === field)!;
const SUBGRAPH_KEYS: SubgraphKey[] = ['workplaceCommittee', 'residenceCommittee', 'evaluation'];
const CONCURRENCY = 4;
/** How many times an operation answered SUBGRAPH_UNAVAILABLE (a subgraph too slow on a loaded machine) is asked. */
const UNAVAILABLE_ATTEMPTS = 4;
/** Codes an answer may carry and still be an answer (whose text is checked like the rest). */
const ANSWER_CODES = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'INVALID_ID', 'NOT_FOUND', 'PAGE_SIZE_OUT_OF_RANGE', 'INVALID_CURSOR', 'PERSISTED_OPERATION_NOT_ALLOWED']);
const LIMIT_CODES = new Set(['DEPTH_LIMIT_EXCEEDED', 'ALIAS_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED', 'COST_LIMIT_EXCEEDED', 'DIRECTIVE_LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE']);

const ISSUE = `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id } userErrors { code field message } } }`;
const RECEIVE = `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) { residenceRegistration { id version } userErrors { code field message } } }`;
const ASSIGN = `mutation($input: AssignToResidentialCellInput!) { assignToResidentialCell(input: $input) { residenceRegistration { id version } userErrors { code field message } } }`;
const REPORT_CHANGE = `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id } userErrors { code field message } } }`;

/**
 * Personal data and Party record numbers reach a caller only through the
 * fields the policy guards (@twoway/auth's access-policy), and every such read
 * is audited. Proven generically, not field by field:
 * - every guarded column of the demo data gets a recognisable value (equal
 *   values stay equal), and real mutations through the gateway copy planted
 *   values into the audit log and outboxes (a letter with a planted address,
 *   received and assigned by the ward; a member change);
 * - every query of the schema (found by introspection, on the gateway and on
 *   each subgraph), with every object reachable below it, is run as every role;
 * - a planted value found anywhere in an answer (data, errors, extensions,
 *   decoded cursors) fails the test unless it is the value of its own guarded
 *   field on its own record, which the policy lets the role read
 *   (`mayReadField`) for a member it reaches (member_reach, as the subgraph
 *   decides); a value the columns held before planting fails it anywhere;
 *   a search by a planted number must not find its holder for a role that may
 *   not read it;
 * - each allowed read of personal data (`isAuditedRead`) must have left a
 *   READ_PERSONAL_DATA row naming the record, the field, the principal and the
 *   request.
 */
describe('personal data reaches a caller only through its guarded field, audited', () => {
  let federation: TestFederation;
  let values: PlantedValues;
  let originalAddresses: RegExp | null;
  let readers: Reader[];
  /** reader name → subgraph → members it reaches there. */
  const reach = new Map<string, Map<SubgraphKey, Set<string>>>();
  const partners = new Map<string, PartnerClient>();
  const endpoints: Endpoint[] = [];
  const expectedAudits: ExpectedAudit[] = [];
  const refusedByLimits: string[] = [];
  const unexpectedErrors = new Map<string, number>();
  let requestCounter = 0;

  const databaseUrls = () => Object.fromEntries(SUBGRAPH_KEYS.map((key) => [key, federation.subgraphs[key].databaseUrl])) as Record<SubgraphKey, string>;
  const one = async <T extends Record<string, unknown>>(key: SubgraphKey, sql: string, params: unknown[] = []) => (await queryRows<T>(federation.subgraphs[key].databaseUrl, sql, params))[0];

  beforeAll(async () => {
    for (const clientId of ['pd-partner', 'pd-partner-granted']) {
      partners.set(clientId, { clientId, name: clientId, rateLimit: { requests: 1_000_000, perSeconds: 60 }, operations: new Map() });
    }
    // Some generated operations ask a great deal at once; beside the whole suite, a subgraph may take longer than the default 5 s.
    federation = await startTestFederation({ partners, subgraphTimeoutMs: 30_000 });
    values = await plantGuardedValues(databaseUrls());

    // The member reading their own record: active, in an agency, never introduced, so that the letter below is theirs.
    const agency = organizationId('so-y-te');
    const own = (await one<{ id: string; workplace_cell_id: string }>('workplaceCommittee',
      `SELECT id::text, workplace_cell_id::text FROM member m WHERE workplace_organization_id = $1 AND status = 'ACTIVE'
         AND NOT EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id) ORDER BY id LIMIT 1`, [agency]))!;
    const ward = organizationId('dong-ngac');
    const cell = organizationId('dong-ngac/tdp-5');

    // Copies of planted values in the audit log and the outboxes, made by real mutations.
    const issuer = await federation.auth.headers('WORKPLACE_COMMITTEE', agency, { sub: 'pd-issuer', name: 'Lê Quang Minh' });
    const wardCommittee = await federation.auth.headers('WARD_COMMITTEE', ward, { sub: 'pd-ward-deputy' });
    const address = plantedAddress(900_001);
    const issued = await mutate<{ introductionLetter: { id: string } | null; userErrors: UserError[] }>(federation, issuer, ISSUE,
      { idempotencyKey: 'pd-letter', memberId: own.id, toWardId: ward, residenceAddress: address });
    expect(issued.userErrors).toEqual([]);
    const letterId = issued.introductionLetter!.id;
    notePlanted(values, address, { column: columnOf(GuardedField.LETTER_ADDRESS), entityId: letterId, memberId: own.id });
    const received = await mutate<{ residenceRegistration: { id: string; version: number } | null; userErrors: UserError[] }>(federation, wardCommittee, RECEIVE,
      { idempotencyKey: 'pd-receive', introductionLetterId: letterId });
    expect(received.userErrors).toEqual([]);
    const registration = received.residenceRegistration!;
    notePlanted(values, address, { column: columnOf(GuardedField.REGISTRATION_ADDRESS), entityId: registration.id, memberId: own.id });
    const assigned = await mutate<{ userErrors: UserError[] }>(federation, wardCommittee, ASSIGN,
      { idempotencyKey: 'pd-assign', registrationId: registration.id, version: registration.version, cellId: cell });
    expect(assigned.userErrors).toEqual([]);
    const versionOf = async (id: string) => (await one<{ version: number }>('workplaceCommittee', `SELECT version FROM member WHERE id = $1`, [id]))!.version;
    const changed = await mutate<{ userErrors: UserError[] }>(federation, issuer, REPORT_CHANGE,
      { idempotencyKey: 'pd-change', memberId: own.id, version: await versionOf(own.id), changeType: 'POSITION_CHANGED', effectiveOn: TEST_DAY, position: 'Phó trưởng phòng' });
    expect(changed.userErrors).toEqual([]);
    // Some effects delivered, the rest left waiting (they answer as undelivered effects).
    await federation.settle();
    await mutate(federation, issuer, REPORT_CHANGE, { idempotencyKey: 'pd-change-2', memberId: own.id, version: await versionOf(own.id), changeType: 'POSITION_CHANGED', effectiveOn: TEST_DAY, position: 'Trưởng phòng' });
    originalAddresses = originalAddressPattern(values);

    // Every role, each with a subject of its own.
    const hanoi = organizationId('ha-noi');
    const reader = (name: string, role: Role, org: string, extra: Partial<PrincipalClaims> = {}): Reader => ({
      name,
      claims: { sub: `pd-${name}`, ...extra },
      principal: { subject: `pd-${name}`, role, organizationId: org, memberId: extra.member ?? null, name: null, grants: extra.grants ?? [] },
    });
    readers = [
      reader('member', 'MEMBER', own.workplace_cell_id, { member: own.id }),
      reader('cell-committee', 'CELL_COMMITTEE', cell),
      reader('ward-committee', 'WARD_COMMITTEE', ward),
      reader('workplace-committee', 'WORKPLACE_COMMITTEE', agency),
      reader('oversight', 'OVERSIGHT', hanoi),
      reader('administrator', 'ADMINISTRATOR', hanoi),
      reader('partner', 'PARTNER_APP', hanoi),
      reader('partner-granted', 'PARTNER_APP', hanoi, { grants: ['PERSONAL_DATA'] }),
    ];
    // The partner clients' subjects are the registered client ids.
    for (const r of readers.filter((x) => x.principal.role === 'PARTNER_APP')) {
      const clientId = r.name === 'partner' ? 'pd-partner' : 'pd-partner-granted';
      r.claims.sub = clientId;
      r.principal = { ...r.principal, subject: clientId };
    }
    for (const r of readers) {
      const bySubgraph = new Map<SubgraphKey, Set<string>>();
      for (const key of SUBGRAPH_KEYS) {
        bySubgraph.set(key, r.principal.role === 'MEMBER' ? new Set([own.id]) : await membersReached(federation.subgraphs[key].databaseUrl, r.principal.organizationId));
      }
      reach.set(r.name, bySubgraph);
    }

    // Known values for the arguments queries require.
    const ids = async (key: SubgraphKey, sql: string) => (await queryRows<{ id: string }>(federation.subgraphs[key].databaseUrl, sql)).map((r) => r.id);
    const sharedCitizenId = await ids('workplaceCommittee', `SELECT min(id::text) AS id FROM member GROUP BY citizen_id HAVING count(*) > 1 LIMIT 1`);
    const registeredElsewhere = await ids('residenceCommittee', `SELECT member_id::text AS id FROM residence_registration WHERE ward_id = '${ward}' AND status = 'ACTIVE' ORDER BY id LIMIT 1`);
    const idsByType = new Map<string, string[]>([
      ['Member', [own.id, ...sharedCitizenId, ...registeredElsewhere]],
      ['Organization', [hanoi, ward, agency]],
      ['IntroductionLetter', [letterId, ...(await ids('workplaceCommittee', `SELECT id::text FROM introduction_letter WHERE id <> '${letterId}' ORDER BY issued_on LIMIT 1`))]],
      ['ResidenceRegistration', [registration.id, ...(await ids('residenceCommittee', `SELECT id::text FROM residence_registration WHERE id <> '${registration.id}' ORDER BY id LIMIT 1`))]],
      ['CommentRequest', await ids('evaluation', `SELECT id::text FROM comment_request ORDER BY id LIMIT 2`)],
      ['ChangeNotice', await ids('workplaceCommittee', `SELECT id::text FROM change_notice ORDER BY id LIMIT 1`)],
      ['MemberTransfer', await ids('workplaceCommittee', `SELECT id::text FROM member_transfer ORDER BY id LIMIT 1`)],
      ['Meeting', await ids('residenceCommittee', `SELECT id::text FROM meeting ORDER BY held_on DESC LIMIT 1`)],
    ]);
    const [citizenIdOfOwn] = await ids('workplaceCommittee', `SELECT citizen_id AS id FROM member WHERE id = '${sharedCitizenId[0] ?? own.id}'`);
    const [cardOfOther] = await ids('workplaceCommittee', `SELECT party_card_number AS id FROM member WHERE party_card_number IS NOT NULL AND workplace_organization_id <> '${agency}' ORDER BY id LIMIT 1`);
    const argumentValues: ArgumentValues = { idsByType, searchTexts: [citizenIdOfOwn!, cardOfOther!] };

    // Every query each place offers, by introspection.
    const admin = await federation.auth.adminHeaders();
    const gatewaySchema = buildClientSchema((await federation.query<IntrospectionQuery>(getIntrospectionQuery())).data!);
    const gatewayOperations = generateOperations(gatewaySchema, argumentValues, GATEWAY_BUDGET).operations;
    for (const client of partners.values()) for (const op of gatewayOperations) client.operations.set(operationHash(op.document), op.document);
    endpoints.push({ name: 'gateway', operations: gatewayOperations, post: (body, headers) => postGraphQL(federation.gatewayUrl, body, headers) });
    for (const key of SUBGRAPH_KEYS) {
      const url = federation.subgraphs[key].http.url;
      const introspection = await postToSubgraph<IntrospectionQuery>(url, { query: getIntrospectionQuery() }, admin);
      const schema = buildClientSchema(introspection.data!);
      endpoints.push({ name: federation.subgraphs[key].name, operations: generateOperations(schema, argumentValues, GATEWAY_BUDGET).operations, post: (body, headers) => postToSubgraph(url, body, headers) });
    }
  }, 180_000);

  afterAll(async () => {
    await federation?.close();
  });

  /** Whether the reader may see this holder's value: the policy's field rule, for a member it reaches in the holding subgraph. */
  const mayRead = (r: Reader, holder: Holder) =>
    mayReadField(r.principal, holder.column.field, holder.memberId) && reach.get(r.name)!.get(holder.column.subgraph)!.has(holder.memberId);

  /** Runs every operation of an endpoint as every reader; returns what leaked, summarised. */
  async function readEverything(endpoint: Endpoint): Promise<string[]> {
    const leaks = new Map<string, { count: number; example: string }>();
    const leak = (summary: string, example: string) => {
      const seen = leaks.get(summary);
      leaks.set(summary, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? example });
    };
    const jobs: { reader: Reader; operation: GeneratedOperation }[] = readers.flatMap((reader) => endpoint.operations.map((operation) => ({ reader, operation })));
    const tokens = new Map<string, string>();
    for (const r of readers) tokens.set(r.name, (await federation.auth.headers(r.principal.role, r.principal.organizationId, r.claims)).authorization!);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { reader, operation } = jobs[next++]!;
        let requestId = '';
        let answer: GraphQLResponse = {} as GraphQLResponse;
        // A subgraph too slow to answer in time on a loaded machine (the whole suite runs beside this file) leaves
        // nulls with SUBGRAPH_UNAVAILABLE, which would check nothing: such an operation is asked again.
        for (let attempt = 1; attempt <= UNAVAILABLE_ATTEMPTS; attempt += 1) {
          requestId = `pd-${process.pid}-${++requestCounter}`;
          answer = await endpoint.post({ query: operation.document }, { authorization: tokens.get(reader.name)!, 'x-request-id': requestId });
          // The gateway gives every request its own id; a subgraph keeps its caller's (the gateway's).
          requestId = answer.requestId ?? requestId;
          if (!(answer.errors ?? []).some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')) break;
          await new Promise((resolve) => setTimeout(resolve, 4_000 * attempt)); // past the gateway's circuit breaker, open for 10 s
        }
        const where = `${endpoint.name} as ${reader.name} (${reader.principal.role}): ${operation.path}`;
        for (const error of answer.errors ?? []) {
          const code = String(error.extensions?.code);
          if (LIMIT_CODES.has(code)) refusedByLimits.push(`${where}: ${code}`);
          else if (!ANSWER_CODES.has(code)) unexpectedErrors.set(`${endpoint.name} as ${reader.principal.role}: ${operation.path.split(' > ')[0]}: ${code}: ${error.message.slice(0, 120)}`, 1);
        }
        // What the service answered, not the id it gave the request (a UUID's last group may look like a planted number).
        const { requestId: _answeredId, ...answered } = answer;
        for (const found of findGuardedValues(answered, values, originalAddresses)) {
          if (found.original) {
            leak(`${where}: a value from before planting at ${found.path.replace(/\.\d+\./g, '.*.')}`, found.value);
          } else if (found.atItsField) {
            const holder = found.atItsField;
            if (!mayRead(reader, holder)) {
              leak(`${where}: ${holder.column.field} answered to a role or beyond a reach the policy withholds it from`, `${found.value} of ${holder.entityId}`);
            } else if (isAuditedRead(reader.principal, holder.column.field)) {
              expectedAudits.push({ subgraph: holder.column.subgraph, requestId, subject: reader.principal.subject, holder, where });
            }
          } else if (!operation.givenValues.includes(found.value)) {
            const fields = [...new Set((values.planted.get(found.value) ?? []).map((h) => h.column.field))].join('/');
            leak(`${where}: ${fields || 'planted value'} outside its field, at ${found.path.replace(/\.\d+\./g, '.*.')}`, found.value);
          }
        }
        // A search by a planted number is a read of it: its holder must not be found by a role that may not read it.
        for (const given of operation.givenValues) {
          for (const holder of values.planted.get(given) ?? []) {
            if (!mayRead(reader, holder) && JSON.stringify(answer.data ?? null).includes(holder.memberId)) {
              leak(`${where}: found the holder of a ${holder.column.field} the role may not read`, `${given} → member ${holder.memberId}`);
            }
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return [...leaks.entries()].map(([summary, { count, example }]) => `${summary} [${count}×, e.g. ${example}]`).sort();
  }

  it('plants values in every guarded column and finds queries to run', () => {
    const fields = new Set([...values.planted.values()].flat().map((h) => h.column.field));
    expect([...fields].sort()).toEqual(['IntroductionLetter.residenceAddress', 'Member.birthDate', 'Member.citizenId', 'Member.dossierNumber', 'Member.partyCardNumber', 'ResidenceRegistration.address']);
    for (const endpoint of endpoints) expect({ endpoint: endpoint.name, some: endpoint.operations.length > 5 }).toEqual({ endpoint: endpoint.name, some: true });
  });

  it('no guarded value reaches a caller through the gateway but by its field, as the policy allows', async () => {
    const leaks = await readEverything(endpoints.find((e) => e.name === 'gateway')!);
    expect(leaks).toEqual([]);
  }, 300_000);

  it('nor on any subgraph asked directly', async () => {
    const leaks: string[] = [];
    for (const endpoint of endpoints.filter((e) => e.name !== 'gateway')) leaks.push(...await readEverything(endpoint));
    expect(leaks).toEqual([]);
  }, 300_000);

  it('ran every generated operation within the gateway limits and without internal errors', () => {
    expect(refusedByLimits).toEqual([]);
    expect([...unexpectedErrors.keys()].sort()).toEqual([]);
  });

  it('every allowed read of personal data left an audit row naming the record, the field, the principal and the request', async () => {
    expect(expectedAudits.length).toBeGreaterThan(50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = new Set<string>();
    const requestIds = [...new Set(expectedAudits.map((a) => a.requestId))];
    for (const key of SUBGRAPH_KEYS) {
      const rows = await queryRows<{ request_id: string; actor_subject: string; entity_type: string; entity_id: string; fields: string[] }>(federation.subgraphs[key].databaseUrl,
        `SELECT request_id, actor_subject, entity_type, entity_id::text, ARRAY(SELECT jsonb_array_elements_text(after->'fields')) AS fields
           FROM audit_log WHERE action = 'READ_PERSONAL_DATA' AND request_id = ANY($1::text[])`, [requestIds]);
      for (const row of rows) for (const field of row.fields) written.add(`${key}|${row.request_id}|${row.actor_subject}|${row.entity_type}|${row.entity_id}|${field}`);
    }
    const missing = new Map<string, number>();
    for (const audit of expectedAudits) {
      const key = `${audit.subgraph}|${audit.requestId}|${audit.subject}|${audit.holder.column.entityType}|${audit.holder.entityId}|${audit.holder.column.field}`;
      if (!written.has(key)) {
        const summary = `${audit.where}: no READ_PERSONAL_DATA row for ${audit.holder.column.field} in ${audit.subgraph}`;
        missing.set(summary, (missing.get(summary) ?? 0) + 1);
      }
    }
    expect([...missing.entries()].map(([summary, count]) => `${summary} [${count}×]`).sort()).toEqual([]);
  });
});

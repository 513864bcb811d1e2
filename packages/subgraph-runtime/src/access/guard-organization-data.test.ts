import { describe, expect, it } from '@jest/globals';
import { GraphQLError, buildSchema, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Access } from './access.js';
import { guardOrganizationData } from './guard-organization-data.js';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Edge { cursor: String! node: Int! }
  type RegisterConnection { totalCount: Int! pageInfo: PageInfo! edges: [Edge!]! }
  type Organization {
    id: ID!
    register: RegisterConnection!
    notices: [Int!]!
    note: String
    headcount: Int!
  }
  type Query { organization: Organization }
`);

/** What a resolver sees of the field it resolves: only its return type matters to the guard. */
const infoFor = (field: string) =>
  ({ returnType: (schema.getType('Organization') as GraphQLObjectType).getFields()[field]!.type }) as GraphQLResolveInfo;

/** An access whose scope holds the nodes `reached`, known now or only after a wait. */
function accessReaching(reached: string[], knownNow: boolean): Access {
  return {
    nodeAllowedNow: (node: { id: string }) => (knownNow ? reached.includes(node.id) : undefined),
    mayReadNode: async (id: string) => reached.includes(id),
  } as unknown as Access;
}

const answers = { register: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: 'c' }, edges: [] }, notices: [1, 2], note: 'ghi chú', headcount: 7 };
type Field = keyof typeof answers;
const guarded = guardOrganizationData({
  Organization: Object.fromEntries(Object.entries(answers).map(([field, value]) => [field, () => value])),
}) as unknown as { Organization: Record<Field, (parent: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown> };

const resolve = async (field: Field, access: Access) =>
  guarded.Organization[field]({ id: 'ward', path: '1.2.' }, {}, { access }, infoFor(field));

describe('organisation data guard', () => {
  it.each([true, false])('answers every field of a node in the principal\'s scope (scope known at once: %s)', async (knownNow) => {
    const access = accessReaching(['ward'], knownNow);
    for (const field of Object.keys(answers) as Field[]) expect(await resolve(field, access)).toEqual(answers[field]);
  });

  it.each([true, false])('withholds out of reach by the field\'s type: an empty connection or list, null; never the data (scope known at once: %s)', async (knownNow) => {
    const access = accessReaching(['another-ward'], knownNow);
    expect(await resolve('register', access)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect(await resolve('notices', access)).toEqual([]);
    expect(await resolve('note', access)).toBeNull();
  });

  it('refuses a required figure it cannot withhold, FORBIDDEN', async () => {
    const refusal = await Promise.resolve()
      .then(() => resolve('headcount', accessReaching([], true)))
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions.code).toBe('FORBIDDEN');
  });

  it('leaves the open fields (the reference resolver) to every principal', () => {
    const reference = () => 'reference';
    const open = guardOrganizationData({ Organization: { __resolveReference: reference } }) as unknown as { Organization: { __resolveReference: unknown } };
    expect(open.Organization.__resolveReference).toBe(reference);
  });
});

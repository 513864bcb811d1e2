import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { findInLiterals, findInVariables, inputTextPlugin } from './input-text.js';

describe('findInVariables', () => {
  it('finds a NUL or another control character at any depth and names where it is', () => {
    expect(findInVariables({ input: { agenda: 'họp\u0000chi bộ' } })).toEqual({ place: '$input.agenda', reason: 'character' });
    expect(findInVariables({ ids: ['a', 'b\u0007'] })).toEqual({ place: '$ids[1]', reason: 'character' });
  });

  it('lets tabs, line breaks and Vietnamese through', () => {
    expect(findInVariables({ input: { agenda: 'Nội dung:\n\t1. Sinh hoạt chi bộ\r\n' } })).toBeUndefined();
  });

  it('finds a string longer than the limit, counted in characters', () => {
    expect(findInVariables({ note: 'x'.repeat(11) }, 10)).toEqual({ place: '$note', reason: 'length' });
    expect(findInVariables({ note: 'ệ'.repeat(10) }, 10)).toBeUndefined();
  });

  it('finds a citizen ID written in free text (a reason, remarks, an agenda...), and only there', () => {
    expect(findInVariables({ input: { reason: 'Chuyển đến, CCCD 001068730006' } })).toEqual({ place: '$input.reason', reason: 'citizen-id' });
    expect(findInVariables({ input: { entries: [{ memberId: 'm', contribution: '001068730006' }] } })).toEqual({ place: '$input.entries[0].contribution', reason: 'citizen-id' });
    expect(findInVariables({ remarks: 'x 001068730006 y' })).toEqual({ place: '$remarks', reason: 'citizen-id' });
    // Not 12 digits in a row, or not free text: the admission's own citizenId field, a search.
    expect(findInVariables({ input: { reason: 'Quyết định số 1234/QĐ-UBND; ĐT 0912345678; 0010687300061' } })).toBeUndefined();
    expect(findInVariables({ input: { citizenId: '001068730006' }, text: '001068730006' })).toBeUndefined();
  });

  it('does not echo a key that is not a plain name', () => {
    expect(findInVariables({ input: { 'bad\u0000key': 1 } })).toEqual({ place: '$input.?', reason: 'character' });
  });
});

describe('findInLiterals', () => {
  it('finds a bad string in an argument, an input object, a list or a variable default', () => {
    expect(findInLiterals(parse('mutation { schedule(input: { agenda: "a\\u0000b" }) { id } }'))).toEqual({ place: 'input.agenda', reason: 'character' });
    expect(findInLiterals(parse('{ members(ids: ["a", "b\\u0001"]) { id } }'))).toEqual({ place: 'ids[1]', reason: 'character' });
    expect(findInLiterals(parse('query($q: String = "\\u0000") { search(q: $q) }'))).toEqual({ place: '$q', reason: 'character' });
    expect(findInLiterals(parse('{ search(q: "chi bộ\\n") }'))).toBeUndefined();
    expect(findInLiterals(parse('mutation { leave(input: { reason: "CCCD 001068730006" }) { id } }'))).toEqual({ place: 'input.reason', reason: 'citizen-id' });
  });
});

describe('inputTextPlugin', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { echo(text: String): String }',
    resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } },
    plugins: [inputTextPlugin({ maxLength: 20 })],
  });

  it('refuses before any resolver runs, BAD_USER_INPUT naming the argument, HTTP 400', async () => {
    const response = await server.executeOperation({ query: 'query($t: String) { echo(text: $t) }', variables: { t: 'a\u0000' } });
    expect(response.http.status).toBe(400);
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(body?.data).toBeUndefined();
    expect(body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: '$t' });
    const literal = await server.executeOperation({ query: `{ echo(text: "${'x'.repeat(21)}") }` });
    expect(literal.http.status).toBe(400);
    expect(literal.body.kind === 'single' && literal.body.singleResult.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text', limit: 20 });
    // The same text again (its document parsed once and kept; its literals judged once): refused again.
    const again = await server.executeOperation({ query: `{ echo(text: "${'x'.repeat(21)}") }` });
    expect(again.http.status).toBe(400);
  });

  it('serves good text', async () => {
    const response = await server.executeOperation({ query: '{ echo(text: "xin chào") }' });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ echo: 'xin chào' });
  });
});

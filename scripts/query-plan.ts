/**
 * `npm run -s query-plan -- <file.graphql | 'query { ... }'>`
 *
 * Prints the plan our gateway makes for an operation over the committed
 * supergraph: which subgraphs it fetches from, in which order, and what each
 * fetch selects. One fetch more on a hot operation is a round trip, a subgraph
 * request and a token check more on every request.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { readCommandLine } from '@twoway/platform';
import { root } from './lib/databases.js';

const { positionals, fail } = readCommandLine(`
Usage: npm run -s query-plan -- <file.graphql | 'query { ... }'>

Prints the plan the gateway makes for an operation over the committed supergraph
(gateway/supergraph.graphql): which subgraphs it fetches from, in which order, and what
each fetch selects.

  -h, --help   this text
`, { allowPositionals: true });
const argument = positionals.length === 1 ? positionals[0]! : fail('Give one operation: a .graphql file or the text of one.');
const text = existsSync(argument) ? readFileSync(argument, 'utf8') : argument;
const supergraph = Supergraph.build(readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8'));

function operationOf(source: string) {
  try {
    return operationFromDocument(supergraph.schema, parse(source));
  } catch (error) {
    return fail(`Not an operation over the supergraph: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operationOf(text))));

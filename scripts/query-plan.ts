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
import { root } from './lib/databases.js';

const argument = process.argv[2];
if (!argument) throw new Error('Give an operation: a .graphql file or the text of one.');
const text = existsSync(argument) ? readFileSync(argument, 'utf8') : argument;
const supergraph = Supergraph.build(readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8'));
const operation = operationFromDocument(supergraph.schema, parse(text));
console.log(prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operation)));

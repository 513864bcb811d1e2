import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { z } from '@twoway/platform';

/** The API schema partners were given: what clients may rely on (`npm run schema:publish` updates it). */
export const PUBLISHED_SCHEMA_PATH = fileURLToPath(new URL('../../schema/published.graphql', import.meta.url));
/** Breaking changes made on purpose, each with its reason: the only ones the check lets through. */
export const ACCEPTED_CHANGES_PATH = fileURLToPath(new URL('../../schema/accepted-breaking-changes.json', import.meta.url));

const acceptedFile = z.object({ accepted: z.array(z.object({ path: z.string().min(1), message: z.string().min(1), reason: z.string().min(10) })) });

/** The schema clients see (no join__ or link machinery), from a supergraph. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

export function printApiSchema(supergraphSdl: string): string {
  return `${printSchema(apiSchemaOf(supergraphSdl))}\n`;
}

export interface CompatibilityReport {
  breaking: Change[];
  /** Breaking changes nobody accepted: a failure. */
  unaccepted: Change[];
  /** Everything else (additions, deprecations), for the record. */
  others: Change[];
}

export type AcceptedChange = z.infer<typeof acceptedFile>['accepted'][number];

/** Compares a supergraph's API schema with the published one (graphql-inspector). */
export async function checkCompatibility(supergraphSdl: string): Promise<CompatibilityReport> {
  const { accepted } = acceptedFile.parse(JSON.parse(readFileSync(ACCEPTED_CHANGES_PATH, 'utf8')));
  return compareWithPublished(readFileSync(PUBLISHED_SCHEMA_PATH, 'utf8'), supergraphSdl, accepted);
}

export async function compareWithPublished(publishedSdl: string, supergraphSdl: string, accepted: AcceptedChange[]): Promise<CompatibilityReport> {
  const changes = await diff(buildSchema(publishedSdl), apiSchemaOf(supergraphSdl));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const isAccepted = (change: Change) => accepted.some((a) => a.path === (change.path ?? '') && a.message === change.message);
  return { breaking, unaccepted: breaking.filter((c) => !isAccepted(c)), others: changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking) };
}

export function publishApiSchema(supergraphSdl: string): void {
  writeFileSync(PUBLISHED_SCHEMA_PATH, printApiSchema(supergraphSdl));
}

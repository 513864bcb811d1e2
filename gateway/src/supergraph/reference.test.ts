import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { API_SCHEMA_PATH } from './compatibility.js';
import { REFERENCE_DIR, writeReference } from './reference.js';

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
  .sort();

describe('the generated developer reference (gateway/schema/reference)', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'reference-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what the generator gives from the committed API schema today (run `npm run compose` when this fails)', async () => {
    await writeReference(fresh);
    const committed = filesUnder(REFERENCE_DIR);
    expect(committed).toEqual(filesUnder(fresh));
    for (const file of committed) {
      expect({ file, text: readFileSync(path.join(REFERENCE_DIR, file), 'utf8') }).toEqual({ file, text: readFileSync(path.join(fresh, file), 'utf8') });
    }
  }, 60_000);

  it('documents every query and mutation of the API schema, with its description', () => {
    const html = readFileSync(path.join(REFERENCE_DIR, 'index.html'), 'utf8');
    const schema = parse(readFileSync(API_SCHEMA_PATH, 'utf8'));
    const roots = schema.definitions.flatMap((definition) => (definition.kind === 'ObjectTypeDefinition' && ['Query', 'Mutation'].includes(definition.name.value)
      ? (definition.fields ?? []).map((field) => ({ section: `${definition.name.value.toLowerCase()}-${field.name.value}`, field }))
      : []));
    expect(roots.length).toBeGreaterThan(20);
    expect(roots.filter(({ section }) => !html.includes(`<section id="${section}"`)).map(({ section }) => section)).toEqual([]);
    // The page's text as a reader sees it (tags dropped, entities decoded), and each description's opening words
    // without their Markdown marks.
    const text = html.replace(/<[^>]*>/g, '').replace(/&#(x?[0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number(code.startsWith('x') ? `0${code}` : code)))
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const opening = (description: string) => description.replace(/[`*_]/g, '').split(/\s+/).slice(0, 4).join(' ');
    const undocumented = roots.filter(({ field }) => !field.description || !text.includes(opening(field.description.value)));
    expect(undocumented.map(({ section }) => section)).toEqual([]);
  });
});


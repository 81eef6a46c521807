/** Hashing and schema checks shared by every writer of API files. */
import { hash } from 'node:crypto';
import * as v from 'valibot';
import { summarySchema } from '../../src/content-api/schemas';

/** Identifies an API file's input; equal hashes mean an unchanged file that need not be rewritten. */
export const hashText = (text: string): string => hash('sha1', text);

const compilerBug = (file: string, issues: readonly v.BaseIssue<unknown>[]) =>
  new Error(`compiler bug: ${file} does not match its schema: ${issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ')}`);

/** `data` checked against `schema`: output that breaks its own schema is a compiler bug and must stop the build. */
export function checked<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw compilerBug(file, result.issues);
  return result.output;
}

/**
 * The file's text, validated first. Summaries are checked once, where they
 * are made (readEntry), and taken as they are here: each story shows in ~7
 * files, and checking it again in each cost ~3 s per 100,000 stories.
 */
export function validJson<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): string {
  return `${JSON.stringify(checked(file, trustingSummaries(schema), data))}\n`;
}

const trusted = new WeakMap<v.GenericSchema, v.GenericSchema>();

/** `schema` with every summarySchema in it (as an array item or object entry) accepted as it is. */
export function trustingSummaries<S extends v.GenericSchema>(schema: S): S {
  let result = trusted.get(schema);
  if (!result) trusted.set(schema, (result = trust(schema)));
  return result as S;
}

function trust(schema: v.GenericSchema): v.GenericSchema {
  if (schema === summarySchema) return v.any();
  // A piped schema carries checks that rebuilding it would lose; none of the API's holds summaries.
  if ('pipe' in schema) return schema;
  if (schema.type === 'array' && 'item' in schema) {
    const item = schema.item as v.GenericSchema;
    const mapped = trust(item);
    return mapped === item ? schema : v.array(mapped);
  }
  if (schema.type === 'object' && 'entries' in schema) {
    const entries = schema.entries as Record<string, v.GenericSchema>;
    const mapped = Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, trust(entry)]));
    return Object.keys(entries).every((key) => mapped[key] === entries[key]) ? schema : v.object(mapped);
  }
  return schema;
}

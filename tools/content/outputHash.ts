/** Hashing and schema checks shared by every writer of API files. */
import { hash } from 'node:crypto';
import * as v from 'valibot';

/** Identifies an API file's input; equal hashes mean an unchanged file that need not be rewritten. */
export const hashText = (text: string): string => hash('sha1', text);

/**
 * The file's text, validated first: output that breaks its own schema is a
 * compiler bug and must stop the build.
 */
export function validJson<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): string {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const details = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
    throw new Error(`compiler bug: ${file} does not match its schema: ${details}`);
  }
  return `${JSON.stringify(result.output)}\n`;
}

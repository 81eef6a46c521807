/**
 * Validation of API data against its schema. Loaded on demand (fetchJson,
 * saved articles), so valibot and the schemas are not part of a cold load:
 * a prerendered page carries its data and hydrates without a request.
 */
import * as v from 'valibot';
import { ApiError } from './ApiError';
import { apiSchemas, type ApiData, type ApiFileKind } from './schemas';

/** `json` as `kind`'s type, or an ApiError naming the file, the field and what is wrong. */
export function validateApiData<K extends ApiFileKind>(kind: K, json: unknown, file: string): ApiData<K> {
  const result = v.safeParse(apiSchemas[kind], json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ApiError('invalid', file, `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output as ApiData<K>;
}

/** Whether `value` is valid `kind` data (for copies kept on the device by an older build). */
export function isApiData<K extends ApiFileKind>(kind: K, value: unknown): value is ApiData<K> {
  return v.is(apiSchemas[kind], value);
}

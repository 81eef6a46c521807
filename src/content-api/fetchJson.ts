import * as v from 'valibot';
import { apiBase } from './apiBase';
import { ApiError } from './ApiError';

/** A request that has not answered by then is treated as failed, so a region can offer a retry. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Fetches one content API file and validates it; every failure becomes an ApiError. */
export async function fetchJson<S extends v.GenericSchema>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<v.InferOutput<S>> {
  // A timer rather than AbortSignal.timeout: it also covers a body that stalls after the headers, and it runs on
  // the page's clock, which the e2e suite can fast-forward instead of waiting ten real seconds.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
  // The caller's own abort passes through untouched; our timer's becomes a timeout; anything else is `otherwise`.
  const failure = (error: unknown, otherwise: ApiError): unknown => {
    if (signal?.aborted) return error;
    return timeout.signal.aborted ? new ApiError('timeout', file, `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`) : otherwise;
  };
  try {
    let response: Response;
    try {
      response = await fetch(`${apiBase}/${file}`, {
        signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw failure(error, new ApiError('network', file, 'the network request failed'));
    }
    if (response.status === 404) throw new ApiError('not-found', file, 'not found', 404);
    if (!response.ok) throw new ApiError('http', file, `HTTP ${response.status}`, response.status);

    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      throw failure(error, new ApiError('invalid', file, 'the response is not valid JSON'));
    }
    const result = v.safeParse(schema, json);
    if (!result.success) {
      const issue = result.issues[0];
      const where = v.getDotPath(issue) ?? '(root)';
      throw new ApiError('invalid', file, `${where}: ${issue.message}`);
    }
    return result.output;
  } finally {
    clearTimeout(timer);
  }
}

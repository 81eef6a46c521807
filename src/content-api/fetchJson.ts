import { apiBase } from './apiBase';
import { ApiError } from './ApiError';
import { loadValidator } from './loadValidator';
import type { ApiData, ApiFileKind } from './schemas';

/** A request that has not answered by then is treated as failed, so a region can offer a retry. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Fetches one content API file and validates it as `kind`; every failure becomes an ApiError. */
export async function fetchJson<K extends ApiFileKind>(file: string, kind: K, signal?: AbortSignal): Promise<ApiData<K>> {
  // The validator (valibot and the schemas) loads with the first request, in parallel with it.
  const validator = loadValidator();
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
    return (await validator).validateApiData(kind, json, file);
  } finally {
    clearTimeout(timer);
  }
}

export type ApiErrorKind = 'not-found' | 'http' | 'network' | 'timeout' | 'invalid';

/** Why a content API request failed, in terms a page can act on. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly file: string;
  readonly status: number | undefined;

  constructor(kind: ApiErrorKind, file: string, detail: string, status?: number) {
    super(`${file}: ${detail}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.file = file;
    this.status = status;
  }

  /** Network trouble and server errors may pass; a 404 or a malformed file will not. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'not-found';
}

export type StorageProblem = 'quota' | 'refused';

/**
 * What kind of refusal a storage error is, in the reader's terms. Browsers
 * name a full disk differently (QuotaExceededError; Firefox's older
 * NS_ERROR_DOM_QUOTA_REACHED; legacy code 22); anything else means storage is
 * not allowed here (private modes, blocked site data, no IndexedDB).
 */
export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof DOMException) {
    if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22) {
      return 'quota';
    }
  }
  if (error instanceof Error && /quota/i.test(`${error.name} ${error.message}`)) return 'quota';
  return 'refused';
}

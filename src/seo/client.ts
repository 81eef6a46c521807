/**
 * The browser side of src/seo. Kept out of index.ts, which Node build tools
 * import: these modules reach the content API client, which only a bundle can load.
 */
export { DocumentHead } from './DocumentHead';
export { applyHead, clearHead } from './applyHead';

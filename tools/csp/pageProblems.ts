/**
 * One page checked against the build's policy. Its own module, free of Vite,
 * because the prerender workers run it on every page they write.
 */
import { hasStyleAttribute, inlineScriptHashes, inlineStyleHashes, META_PATTERN, type CspFile } from './policy';

/** Problems with one page, as sentences; none when it is fine. */
export function pageProblems(html: string, policy: CspFile): string[] {
  const problems: string[] = [];
  const meta = META_PATTERN.exec(html);
  if (!meta) problems.push('has no Content-Security-Policy meta element');
  else {
    if (meta[1]!.replace(/&quot;/g, '"') !== policy.meta) problems.push('has a meta policy that differs from csp.json');
    const firstScriptOrLink = html.search(/<(script|link|style)\b/i);
    if (firstScriptOrLink !== -1 && firstScriptOrLink < meta.index) problems.push('loads something before its policy');
  }
  return problems.concat(fragmentProblems(html, policy));
}

/**
 * Problems with markup going into a page whose frame was checked already
 * (the shell): inline scripts and styles the policy does not allow, and style
 * attributes. ~40 times cheaper than checking the whole page again.
 */
export function fragmentProblems(html: string, policy: CspFile): string[] {
  const problems: string[] = [];
  const allowed = policy.header.split(/[ ;]+/);
  for (const hash of [...inlineScriptHashes(html), ...inlineStyleHashes(html)]) {
    if (!allowed.includes(hash)) problems.push(`has an inline script or style the policy does not allow (${hash})`);
  }
  if (hasStyleAttribute(html)) problems.push('has a style="" attribute, which style-src refuses');
  return problems;
}

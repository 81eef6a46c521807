/**
 * What a link-preview crawler sees: the first 60 KB of the HTML, read by an
 * independent Open Graph parser (open-graph-scraper), and the JSON-LD in it.
 */
import type { APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { parseSiteOrigin } from '../src/seo/siteOrigin';

/** The origin the build under test wrote into absolute addresses. */
export const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
export const canonicalOf = (path: string) => new URL(path, `${origin}/`).href;

/** Crawlers stop reading long pages early; everything a preview needs must come before this. */
export const CRAWLER_BYTES = 60 * 1024;

export type OpenGraph = Awaited<ReturnType<typeof ogs>>['result'];

export interface Preview {
  status: number;
  html: string;
  og: OpenGraph;
  jsonLd: Record<string, unknown>[];
}

/** Fetches a page without JavaScript, as a crawler does. */
export async function fetchPreview(request: APIRequestContext, path: string): Promise<Preview> {
  const response = await request.get(path, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
  const html = await response.text();
  const head = Buffer.from(html).subarray(0, CRAWLER_BYTES).toString('utf8');
  const { result } = await ogs({ html: head });
  const jsonLd = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
  return { status: response.status(), html, og: result, jsonLd };
}

export function ofType(jsonLd: Record<string, unknown>[], type: string): Record<string, unknown> {
  const found = jsonLd.find((item) => item['@type'] === type);
  if (!found) throw new Error(`no ${type} in the page's JSON-LD`);
  return found;
}

/** Console lines the test harness itself causes (projects that block service workers), not the page. */
export const harnessNoise = /^Service Worker registration blocked by Playwright$/;

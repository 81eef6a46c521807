import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { articleQuery, isNotFound, parseAppPath, sectionPageQuery, siteQuery, tagPageQuery, type Edition, type Site } from '../content-api';
import { applyHead, clearHead } from './applyHead';
import type { PageHead } from './head';
import { articleHead, homeHead, notFoundHead, sectionHead, tagHead } from './pageHeads';

interface Ctx {
  site: Site;
  edition: Edition;
}

function useApplied(head: PageHead | null): void {
  // Heads are rebuilt on every render; only a change of content should touch the DOM.
  const serialized = head ? JSON.stringify(head) : '';
  const stable = useMemo(() => (serialized ? (JSON.parse(serialized) as PageHead) : null), [serialized]);
  useEffect(() => {
    if (stable) applyHead(document, stable);
    else clearHead(document);
  }, [stable]);
}

function ArticleHead({ ctx, id }: { ctx: Ctx; id: string }) {
  const { data, error } = useQuery(articleQuery(ctx.edition.lang, id));
  useApplied(data ? articleHead(ctx, data) : isNotFound(error) ? notFoundHead(ctx) : null);
  return null;
}

function SectionHead({ ctx, section, page }: { ctx: Ctx; section: string; page: number }) {
  const { data, error } = useQuery(sectionPageQuery(ctx.edition.lang, section, page));
  useApplied(data ? sectionHead(ctx, data) : isNotFound(error) ? notFoundHead(ctx) : null);
  return null;
}

function TagHead({ ctx, tag, page }: { ctx: Ctx; tag: string; page: number }) {
  const { data, error } = useQuery(tagPageQuery(ctx.edition.lang, tag, page));
  useApplied(data ? tagHead(ctx, data) : isNotFound(error) ? notFoundHead(ctx) : null);
  return null;
}

function StaticHead({ head }: { head: PageHead | null }) {
  useApplied(head);
  return null;
}

/**
 * The head of the page at the current address, from the same functions and
 * cached data as the prerendered one; renders nothing. Pages it does not
 * describe (saved, search) are left without page-specific tags.
 */
export function DocumentHead() {
  const { pathname, search } = useLocation();
  const { data: site } = useQuery(siteQuery());
  const location = parseAppPath(pathname + search);
  const edition = site?.editions.find((e) => e.lang === location?.lang);
  if (!site || !edition || !location) return <StaticHead head={null} />;
  const ctx = { site, edition };
  switch (location.kind) {
    case 'home':
      return <StaticHead head={homeHead(ctx)} />;
    case 'section':
      return <SectionHead ctx={ctx} section={location.section} page={location.page} />;
    case 'article':
      return <ArticleHead ctx={ctx} id={location.id} />;
    case 'tag':
      return <TagHead ctx={ctx} tag={location.tag} page={location.page} />;
    default:
      return <StaticHead head={null} />;
  }
}

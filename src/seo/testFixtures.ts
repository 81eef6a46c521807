/** Content for the SEO tests, shaped exactly as the content API serves it. */
import { SCHEMA_VERSION, type Article, type SectionPage, type Site, type TagPage } from '../content-api/schemas';

export const site: Site = {
  schemaVersion: SCHEMA_VERSION,
  name: 'Dateline',
  tagline: 'News from the wire, as it happens',
  defaultEdition: 'en',
  pageSize: 10,
  sidebarSize: 5,
  editions: [
    {
      lang: 'en',
      dir: 'ltr',
      label: 'English',
      locale: 'en-GB',
      sections: [
        { slug: 'politics', title: 'Politics' },
        { slug: 'world', title: 'World' },
      ],
    },
  ],
};

export const edition = site.editions[0]!;
export const origin = 'https://news.example';

export const article: Article = {
  schemaVersion: SCHEMA_VERSION,
  id: '2484159',
  slug: 'president-urges-expansion-of-iran-russia-military-ties',
  lang: 'en',
  section: 'politics',
  headline: 'President Urges Expansion of Iran-Russia Military Ties',
  summary: 'Iranian President Hassan Rouhani called for the promotion of military and defense cooperation with Russia.',
  publishedAt: '2021-04-13T10:25:00Z',
  updatedAt: '2021-04-13T11:00:00Z',
  image: null,
  path: '/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties',
  sample: false,
  dateline: 'TEHRAN (Tasnim)',
  byline: 'Tasnim News Agency',
  body: [],
  tags: ['Iran', 'Russia'],
  related: [],
};

export const sectionPage: SectionPage = {
  schemaVersion: SCHEMA_VERSION,
  lang: 'en',
  section: { slug: 'politics', title: 'Politics' },
  page: 2,
  pageCount: 3,
  pageSize: 10,
  total: 25,
  items: [],
};

export const tagPage: TagPage = {
  schemaVersion: SCHEMA_VERSION,
  lang: 'en',
  tag: { slug: 'sergei-lavrov', name: 'Sergei Lavrov' },
  page: 1,
  pageCount: 2,
  pageSize: 10,
  total: 12,
  items: [],
};

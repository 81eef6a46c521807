/**
 * Environment variables Vite inlines into the bundles: its own VITE_ ones,
 * and SITE_ORIGIN (src/seo/siteOrigin.ts), which keeps its plain name
 * because the Node build tools read the same variable. Used by
 * vite.config.ts and by the prerenderer's SSR build alike.
 */
export const envPrefix = ['VITE_', 'SITE_ORIGIN'];

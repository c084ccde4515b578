/** Sitemaps (sitemaps.org 0.9): parsing and reading them with their indexes. Public API of the SDK. */
export { parseSitemap, type Sitemap, type SitemapEntry } from './parse-sitemap.ts';
export { type ReadSitemapsOptions, readSitemaps } from './read-sitemaps.ts';

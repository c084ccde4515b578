/**
 * The base URL of a source that names no site: a generic crawler has no default, and the reserved `.invalid`
 * domain (RFC 2606) makes such a source fail with a clear message instead of crawling someone's site.
 */
export const UNSET_SITE = 'https://site.invalid';

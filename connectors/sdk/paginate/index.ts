/** Paginators: every way platforms page their data, with repeat detection. Public API of the SDK. */
export { type CursorTokenOptions, cursorTokenPages } from './cursor-token.ts';
export { type LinkHeaderOptions, linkHeaderPages, nextLink } from './link-header.ts';
export { type OffsetLimitOptions, offsetLimitPages } from './offset-limit.ts';
export { type PageNumberOptions, pageNumberPages } from './page-number.ts';
export { RepeatGuard } from './repeat-guard.ts';
export { type SinceOptions, sincePages } from './since.ts';
export { DEFAULT_MAX_PAGES, type Paged, type PaginatorOptions } from './types.ts';

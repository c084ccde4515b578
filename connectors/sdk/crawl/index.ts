/** Crawling web pages politely: fetching an HTML page within robots.txt's pace. Public API of the SDK. */
export { fetchHtmlPage, type FetchHtmlPageOptions, type HtmlPage } from './fetch-html-page.ts';

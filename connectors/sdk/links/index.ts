/** An organisation's own website told apart from its profiles on other platforms. Public API of the SDK. */
export { isProfileLink, websiteAndLinks } from './website-and-links.ts';

/** Telling an organisation's own website apart from its profiles on platforms. Public API of the SDK. */
export { isProfileUrl, splitWebsiteAndProfiles } from './profile-links.ts';

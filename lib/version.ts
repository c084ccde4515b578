import { readFileSync } from 'node:fs';

/** The version of Knooppunt, from package.json. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The User-Agent Knooppunt sends to platforms: its name, version and a contact URL for platform operators. */
export function userAgent(contactUrl: string): string {
  return `Knooppunt/${VERSION} (+${contactUrl})`;
}

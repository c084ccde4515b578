/** Reading XML payloads into plain objects for the raw schemas. Public API of the SDK. */
export { parseXml } from './parse-xml.ts';

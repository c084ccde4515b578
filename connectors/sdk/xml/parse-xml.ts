import { XMLParser } from 'fast-xml-parser';
import { ConnectorError } from '../errors.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay text: the raw schemas decide what is a number, so "04256" keeps its leading zero.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/**
 * Parses an XML document into plain objects the way XML-speaking platforms map it to JSON: attributes
 * become fields next to the child elements, repeated elements become arrays, a single child stays an
 * object (validate lists with `oneOrMany`), empty elements become `""`, and every value is text. Text
 * next to attributes lands in `#text`. A document that is not well-formed fails with a `system` error.
 *
 * @example
 * parseXml('<projects numberFound="1"><project><id>359</id></project></projects>');
 * // { projects: { numberFound: '1', project: { id: '359' } } }
 */
export function parseXml(text: string): Record<string, unknown> {
  try {
    return parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new ConnectorError('system', `not well-formed XML: ${(error as Error).message}`, { cause: error });
  }
}

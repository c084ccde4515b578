import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../errors.ts';
import { parseXml } from './parse-xml.ts';

describe('parseXml', () => {
  it('maps attributes to fields, keeps values as text and leaves a single child an object', () => {
    const parsed = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?><projects numberFound="2"><hasNext>true</hasNext>' +
        '<project><id>359</id><postal>04256</postal><url></url></project></projects>',
    );
    expect(parsed).toEqual({
      projects: { numberFound: '2', hasNext: 'true', project: { id: '359', postal: '04256', url: '' } },
    });
  });

  it('turns repeated elements into arrays and keeps text beside attributes in #text', () => {
    const parsed = parseXml(
      '<image><imagelink size="small"><url>a.jpg</url></imagelink><imagelink size="large"><url>b.jpg</url></imagelink>' +
        '<title lang="en">Water</title></image>',
    );
    expect(parsed).toEqual({
      image: {
        imagelink: [
          { size: 'small', url: 'a.jpg' },
          { size: 'large', url: 'b.jpg' },
        ],
        title: { lang: 'en', '#text': 'Water' },
      },
    });
  });

  it('fails with a system error on a document that is not well-formed', () => {
    expect(() => parseXml('<projects><project></projects>')).toThrow(ConnectorError);
  });
});

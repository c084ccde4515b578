import { describe, expect, it } from 'vitest';
import { anyUkCharity, northernIrishCharity, orgIdentifier, scottishCharity } from './index.ts';

describe('orgIdentifier', () => {
  it('normalises numbers of known registers the org-id.guide way', () => {
    expect(orgIdentifier('GB-COH', '1234567')).toEqual({ scheme: 'GB-COH', id: '01234567' });
    expect(orgIdentifier('gb-chc', 1164883)).toEqual({ scheme: 'GB-CHC', id: '1164883' });
    expect(orgIdentifier('NL-KVK', '4120 2535')).toEqual({ scheme: 'NL-KVK', id: '41202535' });
    expect(orgIdentifier('GB-SC', 'GB-SC-SC012710')).toEqual({ scheme: 'GB-SC', id: 'SC012710' });
  });

  it('keeps other well-formed schemes as given and refuses malformed ones', () => {
    expect(orgIdentifier('XI-LEI', '5493001KJTIIGC8Y1R12')).toEqual({
      scheme: 'XI-LEI',
      id: '5493001KJTIIGC8Y1R12',
    });
    expect(orgIdentifier('Company number', '1234567')).toBeUndefined();
    expect(orgIdentifier('GB-CHC', 'pending')).toBeUndefined();
    expect(orgIdentifier('GB-CHC', '  ')).toBeUndefined();
  });

  it('reads an identifier written whole when no scheme is given', () => {
    expect(orgIdentifier(undefined, 'GB-CHC-258583')).toEqual({ scheme: 'GB-CHC', id: '258583' });
    expect(orgIdentifier(null, '360G-ptc-123')).toBeUndefined();
  });
});

describe('UK charity numbers', () => {
  it('tells the three registers apart', () => {
    expect(anyUkCharity('1159982')).toEqual({ scheme: 'GB-CHC', id: '1159982' });
    expect(anyUkCharity('SC031921')).toEqual({ scheme: 'GB-SC', id: 'SC031921' });
    expect(anyUkCharity('NIC100002')).toEqual({ scheme: 'GB-NIC', id: '100002' });
    expect(scottishCharity('SC 031921')).toEqual({ scheme: 'GB-SC', id: 'SC031921' });
    expect(northernIrishCharity('100002')).toEqual({ scheme: 'GB-NIC', id: '100002' });
    expect(anyUkCharity('n/a')).toBeUndefined();
  });
});

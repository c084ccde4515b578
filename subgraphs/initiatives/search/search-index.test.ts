import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../schema/index.ts';
import { highlight } from './highlight.ts';
import { SearchIndex } from './search-index.ts';

function initiative(id: string, profile: Partial<Initiative['profile']> & { name: string }): Initiative {
  return {
    id,
    aliases: [],
    members: [`test:${id}`],
    profile,
    provenance: [],
    matchEvidence: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('SearchIndex', () => {
  const index = new SearchIndex();
  index.put(
    initiative('ini_a', { name: 'De Fiets Oost', description: 'Een werkplaats waar wij samen repareren.' }),
  );
  index.put(
    initiative('ini_b', {
      name: 'Buurtkeuken',
      summary: 'Samen koken met vrijwilligers',
      description: 'Een fiets staat klaar.',
    }),
  );
  index.put(
    initiative('ini_c', { name: 'Volunteer Kitchen', description: 'Community cooking by volunteers' }),
  );
  const ids = (query: string) =>
    index
      .search(query)
      .hits.sort((x, y) => y.score - x.score)
      .map((hit) => hit.id);

  it('ranks a match in the name above one in the description', () => {
    expect(ids('fiets')).toEqual(['ini_a', 'ini_b']);
  });

  it('stems Dutch and English words', () => {
    expect(ids('fietsen')).toEqual(['ini_a', 'ini_b']);
    expect(ids('vrijwilliger')).toEqual(['ini_b']);
    expect(ids('volunteering')).toEqual(['ini_c']);
  });

  it('tolerates a typo and completes the last word', () => {
    expect(ids('buurtkeukn')).toEqual(['ini_b']);
    expect(ids('communi')).toEqual(['ini_c']);
  });

  it('needs every word, and finds nothing for stopwords only', () => {
    expect(ids('koken vrijwilligers')).toEqual(['ini_b']);
    expect(ids('koken werkplaats')).toEqual([]);
    expect(ids('de het een')).toEqual([]);
  });

  it('applies a filter before ranking, and forgets removed and replaced initiatives', () => {
    expect(index.search('fiets', { keep: (id) => id !== 'ini_a' }).hits.map((hit) => hit.id)).toEqual([
      'ini_b',
    ]);
    index.put(initiative('ini_a', { name: 'Tweewielerhulp' }));
    expect(ids('werkplaats')).toEqual([]);
    index.remove('ini_c');
    expect(ids('volunteer')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('marks matched words in snippets and escapes the rest', () => {
    const { terms } = index.search('koken');
    expect(highlight('summary', 'Samen <b>koken</b> & eten', terms)).toEqual({
      field: 'summary',
      snippet: 'Samen &lt;b&gt;<mark>koken</mark>&lt;/b&gt; &amp; eten',
    });
    expect(highlight('summary', 'Niets hier', terms)).toBeUndefined();
  });
});

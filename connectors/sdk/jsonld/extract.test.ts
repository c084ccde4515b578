import { describe, expect, it } from 'vitest';
import { extractJsonLd } from './extract.ts';
import { parseJsonLd } from './parse.ts';
import { jsonLdScripts } from './scripts.ts';

const page = `<!doctype html>
<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NGO","name":"Buurtkamer Oost"}</script>
<script type='application/ld+json; charset=utf-8'>
//<![CDATA[
{"@type":"Demand","name":"Vrijwilligers gezocht"}
//]]>
</script>
<!-- <script type="application/ld+json">{"@type":"Offer","name":"commented out"}</script> -->
<script src="/app.js"></script>
<script>var x = '<script type="application/ld+json">';</script>
<SCRIPT TYPE=application/ld+json><!-- {"@type":"Offer","name":"Gereedschap te leen"} --></SCRIPT>
<script type="application/ld+json">   </script>
</head><body></body></html>`;

describe('jsonLdScripts', () => {
  it('finds JSON-LD blocks in any attribute spelling and removes CDATA and comment wrappers', () => {
    expect(jsonLdScripts(page)).toEqual([
      '{"@context":"https://schema.org","@type":"NGO","name":"Buurtkamer Oost"}',
      '{"@type":"Demand","name":"Vrijwilligers gezocht"}',
      '{"@type":"Offer","name":"Gereedschap te leen"}',
    ]);
  });

  it('skips blocks inside HTML comments, other scripts and empty blocks', () => {
    const texts = jsonLdScripts(page).join('\n');
    expect(texts).not.toContain('commented out');
    expect(texts).not.toContain('var x');
  });

  it('reads an unclosed block to the end of the document', () => {
    expect(jsonLdScripts('<script type="application/ld+json">{"a":1}')).toEqual(['{"a":1}']);
  });
});

describe('parseJsonLd', () => {
  it('parses strict JSON without marking it repaired', () => {
    expect(parseJsonLd('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] }, repaired: false });
  });

  it('repairs raw line breaks in strings, trailing commas, a byte-order mark and HTML-escaped blocks', () => {
    expect(parseJsonLd('\uFEFF{"name": "Regel 1\nRegel 2\t!", "list": [1, 2, ], }')).toEqual({
      ok: true,
      value: { name: 'Regel 1\nRegel 2\t!', list: [1, 2] },
      repaired: true,
    });
    expect(parseJsonLd('{&quot;@type&quot;: &quot;Offer&quot;}')).toMatchObject({
      ok: true,
      value: { '@type': 'Offer' },
    });
  });

  it('keeps commas and escapes inside strings as they are', () => {
    expect(parseJsonLd('{"a": "x, }", "b": "say \\"hi\\"\n",}')).toMatchObject({
      ok: true,
      value: { a: 'x, }', b: 'say "hi"\n' },
    });
  });

  it('reports what is wrong with JSON it cannot repair, without throwing', () => {
    const result = parseJsonLd('{"@type": "Offer", "name": }');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not valid JSON: /);
  });
});

describe('extractJsonLd', () => {
  it('gives the top-level nodes of every block, flattening arrays and @graph', () => {
    const html = `
      <script type="application/ld+json">[{"@type":"NGO","name":"A"},{"@type":"WebSite"}]</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Offer"},[{"@type":"Demand"}]]}</script>`;
    expect(extractJsonLd(html).nodes.map((node) => node['@type'])).toEqual([
      'NGO',
      'WebSite',
      'Offer',
      'Demand',
    ]);
  });

  it('reports a broken block by position and still reads the others', () => {
    const html = `
      <script type="application/ld+json">{"@type":"Offer",</script>
      <script type="application/ld+json">{"@type":"Demand","name":"Ruimte\ngezocht"}</script>`;
    const result = extractJsonLd(html);
    expect(result.nodes).toEqual([{ '@type': 'Demand', name: 'Ruimte\ngezocht' }]);
    expect(result.errors).toEqual([{ block: 0, message: expect.stringMatching(/^not valid JSON/) }]);
    expect(result.repaired).toBe(1);
  });

  it('finds nothing in a page without JSON-LD', () => {
    expect(extractJsonLd('<html><body><p>Hallo</p></body></html>')).toEqual({
      nodes: [],
      errors: [],
      repaired: 0,
    });
  });
});

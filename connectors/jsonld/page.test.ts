import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageLinks } from './page-links.ts';
import { pageRecords } from './page-records.ts';

const html = readFileSync(new URL('fixtures/initiative-page.html', import.meta.url), 'utf8');
const url = 'https://www.buurtkrachtutrecht.nl/initiatieven/repair-cafe-lombok';

describe('reading a page', () => {
  it('finds its followable links', () => {
    expect(readPageLinks(html, url)).toEqual({
      nofollow: false,
      links: [
        'https://www.buurtkrachtutrecht.nl/',
        'https://www.buurtkrachtutrecht.nl/beheer/bewerk/repair-cafe-lombok',
        'https://www.buurtkrachtutrecht.nl/initiatieven/?pagina=2',
      ],
    });
  });

  it('honours nofollow, and "none" as nofollow too', () => {
    expect(readPageLinks('<meta name="robots" content="noindex, follow">', url).nofollow).toBe(false);
    expect(readPageLinks('<meta name="robots" content="nofollow">', url).nofollow).toBe(true);
    expect(readPageLinks("<meta content='none' name='robots'>", url).nofollow).toBe(true);
  });
});

describe('the records of a page', () => {
  const { records, unreadableBlocks } = pageRecords({ url, html, language: 'nl' });

  it('keeps organisations, volunteer jobs, events and projects, and nothing else', () => {
    expect(records.map((record) => record.kind)).toEqual([
      'organization',
      'volunteer-job',
      'event',
      'project',
    ]);
    expect(unreadableBlocks).toBe(0);
  });

  it('resolves references to the full node, and names the page organisation as publisher of the others', () => {
    const job = records.find((record) => record.kind === 'volunteer-job')!;
    expect(job.node.hiringOrganization).toMatchObject({
      '@type': ['NGO', 'LocalBusiness'],
      name: 'Repair Caf&eacute; Lombok',
    });
    expect(job.publisher?.['@id']).toBe(`${url}#organisatie`);
    expect(records[0]?.publisher).toBeUndefined();
  });

  it('gives nodes without @id an id from the page and their name, relative ids made absolute', () => {
    expect(records.map((record) => record.id)).toEqual([
      `${url}#organisatie`,
      `${url}#vacature-1`,
      `${url}#event-repair-cafe-december-2026-12-05`,
      `${url}#nieuwe-werkplaats`,
    ]);
  });

  it('keeps nothing of persons: an organiser and a contact keep only their type, private mailboxes go', () => {
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/Anja de Vries|Piet Reparateur|piet\.reparateur/);
    expect(records[2]?.node.organizer).toEqual({ '@type': 'Person' });
    expect(records[0]?.node.email).toBe('info@repaircafelombok.nl');
  });

  it('writes ids and pages with the public address of a site crawled through another one', () => {
    const local = 'http://127.0.0.1:8080/initiatieven/repair-cafe-lombok';
    const [first] = pageRecords({
      url: local,
      html: html.replaceAll('https://www.buurtkrachtutrecht.nl', 'http://127.0.0.1:8080'),
      publicOrigin: 'https://www.buurtkrachtutrecht.nl',
    }).records;
    expect(first).toMatchObject({ id: `${url}#organisatie`, page: url });
  });

  it('counts blocks it cannot read and still reads the others', () => {
    const broken = `${html}<script type="application/ld+json">{"@type": "NGO", "name": </script>`;
    expect(pageRecords({ url, html: broken }).unreadableBlocks).toBe(1);
    expect(pageRecords({ url, html: broken }).records).toHaveLength(4);
  });
});

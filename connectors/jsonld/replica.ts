import type { ReplicaHandler, ReplicaResponse, World } from '../replica/index.ts';
import { type InitiativePage, initiativePage } from './replica-nodes.ts';

/** Variants and data faults of the JSON-LD site replica; transport faults come from `withFaults`. */
export interface JsonLdReplicaOptions {
  /** Crawl-delay in robots.txt, in seconds. */
  readonly crawlDelaySeconds?: number;
  /** Serve no sitemap (404), so that a crawler must follow links. */
  readonly noSitemap?: boolean;
  /** Answer robots.txt with this status (503: unreachable, 404: missing). */
  readonly robotsStatus?: number;
  /** Positions, in page order, of pages with a volunteer job posting without a title (a record to quarantine). */
  readonly malformed?: readonly number[];
  /** Positions, in page order, of pages whose JSON-LD is broken beyond repair. */
  readonly broken?: readonly number[];
}

/** The public address the replica site stands for. */
export const REPLICA_PUBLIC_URL = 'https://www.netwerkburgerinitiatieven.nl';

/**
 * Source options under which `knooppunt demo` crawls the replica: record ids and URLs are written with the
 * site's public address rather than the loopback address the replica listens on.
 */
export const DEMO_SOURCE_OPTIONS = { publicUrl: REPLICA_PUBLIC_URL };

/** The site's own organisation: the network that keeps the list of initiatives. */
const NETWORK = {
  '@type': 'NGO',
  '@id': '/#netwerk',
  name: 'Netwerk Burgerinitiatieven',
  url: REPLICA_PUBLIC_URL,
  email: 'info@netwerkburgerinitiatieven.nl',
};

/**
 * A replica of a small website of initiatives' own pages, as networks and municipalities publish them:
 * a home page listing every world initiative present on `jsonld`, one page per initiative with its JSON-LD
 * (organisation, volunteer jobs, an event, a fundraising project; written as a Yoast `@graph`, as separate
 * blocks or as one array), a sitemap with each page's `lastmod`, and a robots.txt that disallows `/beheer/`
 * (which every page links to) and may set a Crawl-delay. Events are sometimes organised by a private
 * person, whose name the connector must drop; one page in ten has a trailing comma its JSON-LD parser repairs.
 *
 * @example
 * const server = await startReplicaServer(createJsonLdReplica(generateWorld({ seed: 1, size: 300 })));
 */
export function createJsonLdReplica(world: World, options: JsonLdReplicaOptions = {}): ReplicaHandler {
  const initiatives = world.initiatives.filter((initiative) => initiative.presence.includes('jsonld'));
  let pages: InitiativePage[] | undefined;
  const pagesFor = (site: string) =>
    (pages ??= initiatives.map((i) => initiativePage(i, site, world.referenceDate)));
  const malformed = new Set(options.malformed ?? []);
  const broken = new Set(options.broken ?? []);

  return (request) => {
    const site = `http://${request.headers.host ?? 'localhost'}`;
    const all = pagesFor(site);
    if (request.path === '/robots.txt') return robots(site, options);
    if (request.path === '/sitemap.xml') {
      return options.noSitemap ? notFound() : sitemap(site, all, world.referenceDate);
    }
    if (request.path === '/' || request.path === '') return home(site, all);
    if (request.path.startsWith('/beheer/')) {
      return html(200, '<!doctype html><html lang="nl"><title>Beheer</title><h1>Inloggen</h1></html>');
    }
    const position = all.findIndex((page) => page.path === request.path);
    const page = all[position];
    if (!page) return notFound();
    return html(
      200,
      initiativeHtml(page, all, { malformed: malformed.has(position), broken: broken.has(position) }),
    );
  };
}

function robots(site: string, options: JsonLdReplicaOptions): ReplicaResponse {
  if (options.robotsStatus && options.robotsStatus !== 200) return { status: options.robotsStatus, body: '' };
  const delay = options.crawlDelaySeconds === undefined ? '' : `Crawl-delay: ${options.crawlDelaySeconds}\n`;
  return {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: `# Netwerk Burgerinitiatieven\nUser-agent: *\nDisallow: /beheer/\n${delay}\nSitemap: ${site}/sitemap.xml\n`,
  };
}

function sitemap(site: string, pages: readonly InitiativePage[], referenceDate: string): ReplicaResponse {
  const newest = pages.reduce(
    (latest, page) => (page.initiative.updatedAt > latest ? page.initiative.updatedAt : latest),
    '',
  );
  const urls = [
    `<url><loc>${site}/</loc><lastmod>${newest || referenceDate}</lastmod></url>`,
    ...pages.map(
      (page) => `<url><loc>${site}${page.path}</loc><lastmod>${page.initiative.updatedAt}</lastmod></url>`,
    ),
  ];
  return {
    status: 200,
    headers: { 'content-type': 'application/xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  };
}

function home(site: string, pages: readonly InitiativePage[]): ReplicaResponse {
  const network = { '@context': 'https://schema.org', ...NETWORK, '@id': `${site}/#netwerk` };
  const items = pages
    .map((page) => `<li><a href="${page.path}">${escape(page.initiative.name)}</a></li>`)
    .join('\n');
  return html(
    200,
    `<!doctype html><html lang="nl"><head><title>Initiatieven</title>${script(network)}</head><body>
<nav><a href="/">Home</a> <a href="/beheer/">Beheer</a></nav><h1>Initiatieven in de buurt</h1><ul>\n${items}\n</ul></body></html>`,
  );
}

function initiativeHtml(
  page: InitiativePage,
  all: readonly InitiativePage[],
  faults: { malformed: boolean; broken: boolean },
): string {
  const organisation = page.nodes[0] as { '@id': string };
  const untitled = {
    '@type': 'JobPosting',
    '@id': `${organisation['@id'].replace(/#.*$/, '')}#vacature-zonder-titel`,
    employmentType: 'VOLUNTEER',
    description: 'Meer informatie volgt.',
    hiringOrganization: { '@id': organisation['@id'] },
  };
  const nodes = faults.malformed ? [...page.nodes, untitled] : page.nodes;
  const context = 'https://schema.org';
  const blocks =
    page.style === 'graph'
      ? [script({ '@context': context, '@graph': [{ '@type': 'WebPage', '@id': page.path }, ...nodes] })]
      : page.style === 'array'
        ? [script(nodes.map((node) => ({ '@context': context, ...node })))]
        : nodes.map((node) => script({ '@context': context, ...node }));
  const trailingComma = page.initiative.index % 10 === 3;
  const markup = blocks.map((block) =>
    trailingComma ? block.replace(/}<\/script>$/, ',}</script>') : block,
  );
  if (faults.broken) markup[0] = '<script type="application/ld+json">{"@type": "NGO", "name": </script>';
  const position = all.indexOf(page);
  const neighbours = [all[position - 1], all[position + 1]].filter(
    (other): other is InitiativePage => !!other,
  );
  return `<!doctype html><html lang="${page.initiative.language}"><head><meta charset="utf-8">
<title>${escape(page.initiative.name)}</title>${markup.join('\n')}</head><body>
<nav><a href="/">Home</a> <a href="/beheer/bewerk${page.path}">Bewerken</a></nav>
<h1>${escape(page.initiative.name)}</h1><p>${escape(page.initiative.description)}</p>
${page.initiative.website ? `<a href="${page.initiative.website}" rel="nofollow external">Website</a>` : ''}
${neighbours.map((other) => `<a href="${other.path}#top">${escape(other.initiative.name)}</a>`).join(' ')}
</body></html>`;
}

function script(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

function html(status: number, body: string): ReplicaResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

function notFound(): ReplicaResponse {
  return html(
    404,
    '<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Pagina niet gevonden</h1></html>',
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, graphql, type KnooppuntProcess, startKnooppunt, waitForOk } from '../support/processes.ts';

interface ReplicaProject {
  id: number;
  title: string;
  donated_amount_in_cents: number;
  open_amount_in_cents: number;
  donor_count: number;
  carrier: { name: string };
}

interface CampaignNode {
  id: string;
  title: string;
  goal: { minor: number; currency: string } | null;
  raised: { minor: number; currency: string } | null;
  backers: number | null;
}

interface InitiativeNode {
  id: string;
  name: string;
  alternateNames: string[];
  sources: { key: string; source: string }[];
  campaigns: CampaignNode[];
}

interface InitiativePage {
  edges: { node: InitiativeNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const QUERY = `query Page($after: String) {
  initiatives(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name alternateNames
      sources { key source }
      campaigns { id title goal { minor currency } raised { minor currency } backers }
    } }
  }
}`;

async function allInitiatives(gateway: string): Promise<InitiativeNode[]> {
  const nodes: InitiativeNode[] = [];
  let after: string | null = null;
  do {
    const result: { data?: { initiatives: InitiativePage }; errors?: unknown[] } = await graphql<{
      initiatives: InitiativePage;
    }>(gateway, QUERY, { after });
    expect(result.errors).toBeUndefined();
    const connection: InitiativePage | undefined = result.data?.initiatives;
    nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
    after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

async function replicaProjects(baseUrl: string): Promise<ReplicaProject[]> {
  const projects: ReplicaProject[] = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${baseUrl}/de/api_v4/projects.json?page=${page}&per_page=200`);
    const body = (await response.json()) as { data: ReplicaProject[]; total_pages: number };
    projects.push(...body.data);
    if (page >= body.total_pages) return projects;
  }
}

describe('knooppunt demo, end to end', () => {
  let demo: KnooppuntProcess;
  let gateway: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kp-demo-'));
    const port = await freePort();
    demo = startKnooppunt(['demo', '--port', String(port), '--data', dataDir, '--size', '150']);
    gateway = `http://127.0.0.1:${port}`;
    await waitForOk(`${gateway}/readyz`, 90_000);
    await demo.waitForLog(
      (line) => line.msg === 'harvest succeeded' && line.source === 'betterplace',
      90_000,
    );
  }, 120_000);

  afterAll(async () => {
    await demo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${gateway}/healthz`)).status).toBe(200);
    expect((await fetch(`${gateway}/readyz`)).status).toBe(200);
  });

  it('serves every campaign the betterplace replica published, joined to its initiative across subgraphs', async () => {
    const replicas = (await demo.waitForLog((line) => line.msg === 'replicas listening')).replicas as Record<
      string,
      string
    >;
    const projects = await replicaProjects(replicas.betterplace as string);
    expect(projects.length).toBeGreaterThan(20);

    // The graph follows the store's change feed, so it may lag the harvest by a moment.
    const campaigns = new Map<string, { campaign: CampaignNode; initiative: InitiativeNode }>();
    const deadline = Date.now() + 20_000;
    do {
      campaigns.clear();
      for (const initiative of await allInitiatives(`${gateway}/graphql`)) {
        for (const campaign of initiative.campaigns) campaigns.set(campaign.id, { campaign, initiative });
      }
      if (projects.every((project) => campaigns.has(`betterplace:${project.id}`))) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } while (Date.now() < deadline);
    for (const project of projects) {
      const found = campaigns.get(`betterplace:${project.id}`);
      expect(found, `campaign of project ${project.id}`).toBeDefined();
      const { campaign, initiative } = found as { campaign: CampaignNode; initiative: InitiativeNode };
      expect(campaign.title).toBe(project.title.trim());
      expect(campaign.raised).toEqual({ minor: project.donated_amount_in_cents, currency: 'EUR' });
      expect(campaign.goal).toEqual({
        minor: project.donated_amount_in_cents + project.open_amount_in_cents,
        currency: 'EUR',
      });
      expect(campaign.backers).toBe(project.donor_count);
      expect(initiative.sources.map((source) => source.key)).toContain(`betterplace:${project.id}`);
      expect([initiative.name, ...initiative.alternateNames]).toContain(project.carrier.name.trim());
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await demo.stop()).toBe(0);
  });
});

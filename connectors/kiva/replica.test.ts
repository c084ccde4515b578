import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { LOANS_QUERY, loansVariables } from './query.ts';
import { KivaConfig } from './config.ts';
import { KivaLoan, KivaLoansData } from './raw.ts';
import { createKivaReplica } from './replica.ts';
import { replicaLoans } from './replica-data.ts';

const world = generateWorld({ seed: 6, size: 3000 });
const loans = replicaLoans(world);
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createKivaReplica(world, { rateLimitAfter: 8 }));
});
afterAll(() => server.close());

const post = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
};

describe('the Kiva replica', () => {
  it("answers the connector's loan search with loans the raw schema accepts, newest first", async () => {
    const { status, text } = await post(LOANS_QUERY, loansVariables(KivaConfig.parse({}), 0, 100));
    expect(status).toBe(200);
    const data = KivaLoansData.parse(JSON.parse(text).data);
    expect(data.lend.loans.totalCount).toBe(loans.filter((loan) => loan.status === 'fundraising').length);
    const parsed = data.lend.loans.values.map((value) => KivaLoan.parse(value));
    const posted = parsed.map((loan) => Date.parse(loan.fundraisingDate ?? ''));
    expect(posted).toEqual([...posted].sort((a, b) => b - a));
    expect(new Set(parsed.map((loan) => loan.__typename))).toEqual(new Set(['LoanPartner', 'LoanDirect']));
  });

  it('serves the borrower fields a query asks for, with image sizes as arguments', async () => {
    const { text } = await post(
      '{ lend { loans(limit: 1) { values { name description image { url(customSize: "w480h300") } } } } }',
    );
    const [loan] = JSON.parse(text).data.lend.loans.values;
    expect(loan.name).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(loan.image.url).toContain('/img/w480h300/');
  });

  it('fails validation of unknown fields with HTTP 400, as Apollo does at Kiva', async () => {
    const { status, text } = await post(
      '{ lend { loans { values { ... on LoanPartner { partnerSize } } } } }',
    );
    expect(status).toBe(400);
    const body = JSON.parse(text);
    const fixture = JSON.parse(
      readFileSync(new URL('fixtures/error-400-validation.json', import.meta.url), 'utf8'),
    );
    expect(Object.keys(body)).toEqual(Object.keys(fixture));
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Cannot query field "partnerSize" on type "LoanPartner"\./),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers GET requests with the query in the URL', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ lend { loans(limit: 2) { totalCount } } }')}`,
    );
    expect((await response.json()).data.lend.loans.totalCount).toBeGreaterThan(0);
  });

  it('throttles like Kiva: a plain 403 once the budget is spent', async () => {
    let last: { status: number; text: string } | undefined;
    for (let i = 0; i < 6; i++) last = await post('{ lend { loans(limit: 1) { totalCount } } }');
    expect(last).toEqual({
      status: 403,
      text: readFileSync(new URL('fixtures/error-403-rate-limit.txt', import.meta.url), 'utf8'),
    });
  });
});

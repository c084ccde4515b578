import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import { type HarvestRun, openStore, type Store } from '../../store/index.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { pagesConnector, sourceFor } from './test-connector.ts';

const log = silentLogger();
const page = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: from + i, name: `Initiatief ${from + i}` }));
/** A connector whose pages take a while, so that runs overlap in time. */
function slowConnector(delayMs = 100) {
  const connector = pagesConnector([page(1, 5), page(6, 5), page(11, 5)]);
  const stream = connector.streams[0]!;
  return {
    ...connector,
    streams: [
      {
        ...stream,
        async *read(context: Parameters<typeof stream.read>[0], state: Parameters<typeof stream.read>[1]) {
          for await (const item of stream.read(context, state)) {
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            yield item;
          }
        },
      },
    ],
  } as ReturnType<typeof pagesConnector>;
}

let store: Store;
const schedulers: Scheduler[] = [];
afterEach(async () => {
  for (const scheduler of schedulers.splice(0)) await scheduler.stop();
  await store?.close();
});

function scheduler(owner: string, connector = slowConnector(), runAtStartWhenEmpty = false) {
  const created = createScheduler({
    store,
    sources: [sourceFor(connector)],
    log,
    userAgent: 'Knooppunt/test',
    owner,
    jitterSeconds: 0,
    runAtStartWhenEmpty,
  });
  schedulers.push(created);
  return created;
}

describe('the harvest scheduler', () => {
  it('never runs one source twice at once in one process', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const one = scheduler('a');
    const [first, second] = await Promise.all([one.runNow('pages'), one.runNow('pages')]);
    expect(first?.status).toBe('succeeded');
    expect(second).toBeUndefined();
  });

  it('lets only one of several harvesters on one store run a source per tick (the lease)', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const runs = await Promise.all(['a', 'b', 'c'].map((owner) => scheduler(owner).runNow('pages')));
    expect(runs.filter((run) => run !== undefined)).toHaveLength(1);
    const again = await scheduler('d').runNow('pages');
    expect(again?.status).toBe('succeeded');
  });

  it('runs a source at start when the store holds nothing from it, and keeps run history', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const first = scheduler('a', slowConnector(1), true);
    await first.start();
    await expect.poll(() => store.countSourceRecords('pages'), { timeout: 5000 }).toBe(15);
    await expect
      .poll(async () => (await store.listRuns('pages', 5))[0]?.status, { timeout: 5000 })
      .toBe('succeeded');
    await first.stop();
    const runsBefore = (await store.listRuns('pages', 10)).length;
    const second = scheduler('b', slowConnector(1), true);
    await second.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.running()).toEqual([]);
    expect((await store.listRuns('pages', 10)).length).toBe(runsBefore);
  });

  it('hands every finished run to onRun once it is stored', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const finished: HarvestRun[] = [];
    const created = createScheduler({
      store,
      sources: [sourceFor(slowConnector(1))],
      log,
      userAgent: 'Knooppunt/test',
      onRun: (run) => finished.push(run),
    });
    schedulers.push(created);
    const run = await created.runNow('pages');
    expect(finished).toEqual([run]);
    expect(finished[0]).toMatchObject({ source: 'pages', status: 'succeeded', stored: 15 });
    expect((await store.listRuns('pages', 1))[0]?.id).toBe(run?.id);
  });

  it('names an unknown source', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    await expect(scheduler('a').runNow('nope')).rejects.toThrow(/unknown source "nope"; configured: pages/);
  });

  it('stops gracefully: the run in flight commits its page and ends cancelled', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const one = scheduler('a', slowConnector(150));
    const running = one.runNow('pages');
    await expect.poll(() => store.countSourceRecords('pages'), { timeout: 5000 }).toBeGreaterThan(0);
    await one.stop();
    const run = await running;
    expect(run?.status).toBe('cancelled');
    expect(await store.countSourceRecords('pages')).toBe(run?.stored);
    expect(await store.getState('pages', 'things')).toBe(run?.pages);
  });
});

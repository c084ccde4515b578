import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/resolution/dataset.ts';
import { silentLogger } from '../../lib/log.ts';
import { withContentHash } from '../../schema/index.ts';
import { sourceRecord } from '../testing/index.ts';
import { runResolveCommand } from './resolve-command.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

function files(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
  const input = join(dir, 'records.ndjson');
  writeFileSync(input, content);
  return { input, output: join(dir, 'clusters.ndjson') };
}

function readLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const place = { locality: 'Zwolle', country: 'NL' as const };

describe('runResolveCommand', () => {
  it('writes one line per input record, and reports bad lines by number and skips them', async () => {
    const a = sourceRecord({ key: 'one:1', profile: { name: 'Repair Café Zwolle', location: place } });
    const b = sourceRecord({
      key: 'two:1',
      profile: { name: 'Stichting Repair Cafe Zwolle', location: place },
    });
    const c = sourceRecord({
      key: 'two:2',
      profile: { name: 'Voedselbank Groningen', location: { locality: 'Groningen' } },
    });
    const { input, output } = files(
      [
        JSON.stringify(a),
        '{not json',
        '',
        JSON.stringify(b),
        JSON.stringify({ key: 'x:1' }),
        JSON.stringify(c),
      ].join('\n'),
    );
    const { log, lines } = capture();
    const summary = await runResolveCommand({
      input,
      output,
      explain: true,
      log,
      progress: false,
      workers: 0,
    });
    const out = readLines(output) as { key: string; initiative: string; evidence: unknown[] }[];
    expect(out.map((line) => line.key)).toEqual(['one:1', 'two:1', 'two:2']);
    expect(out[0]!.initiative).toBe(out[1]!.initiative);
    expect(out[2]!.initiative).not.toBe(out[0]!.initiative);
    expect(out[0]!.evidence[0]).toMatchObject({ a: 'one:1', b: 'two:1', decidedBy: 'model', rule: 'name' });
    expect(out[2]!.evidence).toEqual([]);
    expect(summary).toMatchObject({ invalid: 2, written: 3, lines: 6, records: 3 });
    const bad = lines.filter((line) => line.msg === 'skipped a bad line');
    expect(bad.map((line) => line.line)).toEqual([2, 5]);
    expect(String(bad[1]!.error)).toMatch(/kind/);
  });

  it('counts the latest harvest of a key that comes twice, and still writes a line for each', async () => {
    const old = sourceRecord({
      key: 'one:1',
      harvestedAt: '2025-01-01T00:00:00Z',
      profile: { name: 'Oud', location: place },
    });
    const renamed = withContentHash({
      ...old,
      harvestedAt: '2026-01-01T00:00:00Z',
      initiative: { name: 'Nieuw', location: place },
    });
    const other = sourceRecord({ key: 'two:1', profile: { name: 'Nieuw', location: place } });
    const { input, output } = files([renamed, other, old].map((record) => JSON.stringify(record)).join('\n'));
    const summary = await runResolveCommand({
      input,
      output,
      explain: false,
      log: silentLogger(),
      progress: false,
      workers: 0,
    });
    expect(summary).toMatchObject({ duplicates: 1, records: 2, written: 3 });
    const out = readLines(output);
    expect(new Set(out.map((line) => line.initiative)).size).toBe(1);
  });

  it('gives the same output with worker threads as without', async () => {
    const records = [...generateDataset(31, 5000)].map(({ record }) => JSON.stringify(record));
    const { input, output } = files(records.join('\n'));
    await runResolveCommand({
      input,
      output,
      explain: true,
      log: silentLogger(),
      progress: false,
      workers: 0,
    });
    const alone = readFileSync(output, 'utf8');
    await runResolveCommand({
      input,
      output,
      explain: true,
      log: silentLogger(),
      progress: false,
      workers: 2,
    });
    expect(readFileSync(output, 'utf8')).toBe(alone);
  });
});

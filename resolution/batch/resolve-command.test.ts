import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { sourceRecord } from '../testing/index.ts';
import { runResolveCommand } from './resolve-command.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

const place = { locality: 'Zwolle', country: 'NL' as const };

describe('runResolveCommand', () => {
  it('writes one line per input record, and reports bad lines by number and skips them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    const input = join(dir, 'records.ndjson');
    const output = join(dir, 'clusters.ndjson');
    const a = sourceRecord({
      key: 'one:1',
      profile: { name: 'Repair Café Zwolle', location: place },
    });
    const b = sourceRecord({
      key: 'two:1',
      profile: { name: 'Stichting Repair Cafe Zwolle', location: place },
    });
    const c = sourceRecord({
      key: 'two:2',
      profile: {
        name: 'Voedselbank Groningen',
        location: { locality: 'Groningen' },
      },
    });
    writeFileSync(
      input,
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
    });
    const out = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((line) => line.key)).toEqual(['one:1', 'two:1', 'two:2']);
    expect(out[0].initiative).toBe(out[1].initiative);
    expect(out[2].initiative).not.toBe(out[0].initiative);
    expect(out[0].evidence[0]).toMatchObject({
      a: 'one:1',
      b: 'two:1',
      decidedBy: 'model',
    });
    expect(summary).toMatchObject({ invalid: 2, written: 3, lines: 6 });
    const bad = lines.filter((line) => line.msg === 'skipped a bad line').map((line) => line.line);
    expect(bad).toEqual([2, 5]);
  });
});

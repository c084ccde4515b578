import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { OpenstadConfig } from './config.ts';
import { mapIdea } from './mapping.ts';
import { keepPublicFields } from './personal-data.ts';
import { OpenstadIdea } from './raw.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.resolve(
  repoRoot,
  '..',
  'shared',
  'platforms',
  'dutch-platforms',
  'wijamsterdam.nl-openstad.api_site_197_idea.json',
);

describe.skipIf(!existsSync(file))(
  'the real Wij Amsterdam payload (skipped: ../shared/platforms is absent)',
  () => {
    const ideas = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : [];
    const context = {
      source: 'wijamsterdam',
      baseUrl: 'https://api2.openstad.amsterdam',
      config: OpenstadConfig.parse({}),
      harvestedAt: '2026-11-20T03:00:00Z',
    };

    it('maps every idea to a valid source record without quarantining any', () => {
      expect(ideas.length).toBeGreaterThan(0);
      for (const idea of ideas) {
        const raw = OpenstadIdea.safeParse(keepPublicFields(idea));
        expect(raw.success, JSON.stringify(raw.error?.issues)).toBe(true);
        for (const record of mapIdea(raw.data!, context)) {
          const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
          expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        }
      }
    });

    it('keeps the organisations that organise and drops contact details and the Street View key', () => {
      const records = ideas.flatMap((idea) => mapIdea(OpenstadIdea.parse(keepPublicFields(idea)), context));
      expect(records.map((record) => record.initiative.name)).toEqual([
        'Voedselbank Amsterdam',
        'De Westkrant - initiatieven en nieuws over corona',
      ]);
      expect(records.map((record) => record.initiative.website)).toEqual([
        'https://amsterdam.voedselbank.org',
        'https://www.dewestkrant.nl/category/corona/',
      ]);
      const output = JSON.stringify(records);
      expect(output).not.toMatch(/06-\d{8}|mail@dewestkrant|AIza|userId|82627/);
    });
  },
);

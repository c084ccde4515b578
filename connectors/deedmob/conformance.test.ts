import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { DeedmobConfig } from './config.ts';
import { mapDeed } from './mapping.ts';
import { isPeerToPeer, withoutPersonalData } from './personal-data.ts';
import { DeedmobDeed, DeedmobDeedList, DeedmobEnvelope } from './raw.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.resolve(
  repoRoot,
  '..',
  'shared',
  'platforms',
  'dutch-platforms',
  'coronahelpers.nl-deedmob.api_deeds.page1.json',
);

describe.skipIf(!existsSync(file))(
  'the real Coronahelpers.nl deed page (skipped: ../shared/platforms is absent)',
  () => {
    // Collected even when skipped, so the file is read only once a test runs.
    let list: ReturnType<typeof DeedmobDeedList.parse>;
    let deeds: Record<string, unknown>[];
    beforeAll(() => {
      list = DeedmobDeedList.parse(DeedmobEnvelope.parse(JSON.parse(readFileSync(file, 'utf8'))).data);
      deeds = list.results as Record<string, unknown>[];
    });
    const context = {
      source: 'coronahelpers',
      baseUrl: 'https://www.coronahelpers.nl',
      config: DeedmobConfig.parse({}),
      harvestedAt: '2020-05-01T03:00:00Z',
    };
    /** The organisation a deed's details would give; the recorded page was fetched without `withOrganization`. */
    const withOrganisation = (deed: Record<string, unknown>) => ({
      ...deed,
      organization: { id: deed.organization_id, name: `Organisatie ${String(deed.organization_id)}` },
    });

    it('has the envelope and pagination of the list', () => {
      expect(list.pagination).toEqual({ page: 1, pageSize: 50, rowCount: 831, pageCount: 17 });
    });

    it('accepts every deed an organisation posted, and maps each to a valid record', () => {
      const posted = deeds.filter((deed) => !isPeerToPeer(deed));
      expect(posted.length).toBeGreaterThan(30);
      for (const deed of posted) {
        const raw = DeedmobDeed.safeParse(withoutPersonalData(withOrganisation(deed)));
        expect(raw.success, JSON.stringify(raw.error?.issues)).toBe(true);
        const [record] = mapDeed(raw.data!, context);
        const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }
    });

    it('accepts the deeds without their organisation too, and leaves them unmapped rather than guessed', () => {
      for (const deed of deeds.filter((d) => !isPeerToPeer(d))) {
        const raw = DeedmobDeed.parse(withoutPersonalData(deed));
        expect(mapDeed(raw, context)).toEqual([]);
      }
    });

    it('locates deeds in Dutch municipalities from their address lines', () => {
      const byId = new Map(
        deeds
          .filter((deed) => !isPeerToPeer(deed))
          .flatMap((deed) => mapDeed(DeedmobDeed.parse(withoutPersonalData(withOrganisation(deed))), context))
          .map((record) => [record.sourceId, record]),
      );
      const location = (id: string) => {
        const record = byId.get(id);
        return record?.kind === 'opportunity' ? record.opportunity.location : undefined;
      };
      expect(location('21239')).toMatchObject({ postcode: '3571 AX', municipality: { code: 'GM0344' } });
      expect(location('19337')).toMatchObject({ locality: 'Groningen', municipality: { code: 'GM0014' } });
      expect(location('19332')).toMatchObject({ locality: 'Rotterdam', region: 'Zuid-Holland' });
    });

    it('drops residents\u2019 peer-to-peer requests and never keeps contact ids or welcome messages', () => {
      expect(deeds.filter(isPeerToPeer).map((deed) => deed.id)).toContain(22335);
      const cleaned = JSON.stringify(deeds.map(withoutPersonalData));
      expect(cleaned).not.toMatch(/contact_id|initial_message|deed_3064852/);
    });
  },
);

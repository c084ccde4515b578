import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { UshahidiConfig } from './config.ts';
import { mapPost } from './mapping.ts';
import { publicPost } from './personal-data.ts';
import {
  UshahidiCollection,
  UshahidiErrors,
  UshahidiFeature,
  UshahidiFeatureCollection,
  UshahidiPost,
} from './raw.ts';
import { buildVocabulary } from './vocabulary.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'platforms', 'dutch-platforms');
const read = (name: string) =>
  JSON.parse(readFileSync(path.join(dir, `coronapioniers.vpro.nl.${name}.json`), 'utf8'));

describe.skipIf(!existsSync(dir))(
  'the real Coronapioniers payloads (skipped: ../shared/platforms is absent)',
  () => {
    const context = {
      source: 'coronapioniers',
      baseUrl: 'https://coronapioniers.vpro.nl',
      config: UshahidiConfig.parse({ country: 'NL', listingType: 'offer' }),
      harvestedAt: '2026-11-20T03:00:00Z',
    };
    const valid = (record: object) =>
      SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });

    it('reads the GeoJSON list and maps every feature to a valid record without quarantining any', () => {
      const list = UshahidiFeatureCollection.parse(read('api_v3_posts_geojson.first50'));
      expect(list.total).toBe(205);
      const vocabulary = buildVocabulary(UshahidiCollection.parse(read('api_v3_tags')).results, []);
      for (const feature of list.features) {
        expect(UshahidiFeature.safeParse(feature).success).toBe(true);
        const raw = UshahidiPost.safeParse(publicPost(undefined, feature, vocabulary));
        expect(raw.success, JSON.stringify(raw.error?.issues)).toBe(true);
        for (const record of mapPost(raw.data!, context)) {
          const result = valid(record);
          expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
          expect(record.initiative.location?.country).toBe('NL');
        }
      }
    });

    it('maps the post detail with its categories resolved and its website from the survey values', () => {
      const vocabulary = buildVocabulary(UshahidiCollection.parse(read('api_v3_tags')).results, []);
      const raw = UshahidiPost.parse(publicPost(read('api_v3_posts_343'), undefined, vocabulary));
      const [record] = mapPost(raw, context);
      expect(valid(record!).success).toBe(true);
      expect(record).toMatchObject({
        url: 'https://coronapioniers.vpro.nl/posts/343',
        sourceUpdatedAt: '2020-04-21T14:56:54+00:00',
        initiative: {
          website: 'https://kaartjeskunst.nl',
          categories: [
            'Gezelschap',
            'Kunst',
            'Cultuur',
            'Overig',
            'Zorg',
            'Mentale steun',
            'Lokale ondernemers',
          ],
          location: { lat: 52.476487, lon: 4.658048, country: 'NL' },
        },
      });
      expect(record?.initiative.themes).toContain('culture');
    });

    it('accepts the error body format in the tag envelope file and the media record as unrelated', () => {
      expect(UshahidiErrors.safeParse({ errors: [{ status: 404, title: 'Could not find' }] }).success).toBe(
        true,
      );
      expect(UshahidiCollection.parse(read('api_v3_tags')).total_count).toBe(25);
    });
  },
);

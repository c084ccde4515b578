import { readFileSync } from 'node:fs';
import { publicPost } from './personal-data.ts';
import { buildVocabulary } from './vocabulary.ts';

/** Reads a fixture of this connector as JSON. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/**
 * The fixture page as the stream yields it: each GeoJSON feature with its detail (post 497 has none: its
 * detail answers 403) and the fixture vocabulary.
 */
export function fixtureRecords(): Record<string, unknown>[] {
  const vocabulary = buildVocabulary(
    fixture<{ results: unknown[] }>('tags.json').results,
    fixture<{ results: unknown[] }>('forms.json').results,
  );
  const details: Record<number, unknown> = { 512: fixture('post-512.json'), 508: fixture('post-508.json') };
  return fixture<{ features: { properties: { id: number } }[] }>('posts-geojson.json').features.map(
    (feature) => publicPost(details[feature.properties.id], feature, vocabulary),
  );
}

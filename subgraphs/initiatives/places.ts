import type { Money } from '../../schema/index.ts';
import { provinceByCode } from '../../schema/index.ts';
import type { AreaFacts } from '../shared/area-match.ts';
import type { IndexedInitiative } from './initiative-facts.ts';

/** A level of the Dutch place hierarchy that initiatives are counted at. */
export type PlaceLevel = 'PROVINCE' | 'MUNICIPALITY' | 'NEIGHBOURHOOD';

/** How many initiatives need (or offer) one thing, with the money asked per currency. */
export interface NeedCount {
  readonly needType: string;
  readonly initiatives: number;
  readonly amounts: Money[];
}

/** The initiatives of one place. */
export interface PlaceCount {
  readonly level: PlaceLevel;
  readonly area: { readonly code: string; readonly name?: string };
  readonly initiatives: number;
  readonly needs: NeedCount[];
}

/** The area of an initiative at a level. */
export function areaAt(level: PlaceLevel, doc: IndexedInitiative): AreaFacts | undefined {
  if (level === 'MUNICIPALITY') return doc.municipality;
  if (level === 'NEIGHBOURHOOD') return doc.neighbourhood;
  return doc.province ? { code: doc.province, name: provinceByCode(doc.province)?.name } : undefined;
}

/**
 * Counts initiatives per need (or offer) type, adding up the money needs per currency; largest count first.
 * Money is summed in minor units, as integers.
 */
export function needCounts(
  docs: readonly IndexedInitiative[],
  side: 'needs' | 'offers' = 'needs',
): NeedCount[] {
  const counts = new Map<string, { initiatives: number; amounts: Map<string, number> }>();
  for (const doc of docs) {
    for (const type of side === 'needs' ? doc.needTypes : doc.offerTypes) {
      let entry = counts.get(type);
      if (!entry) counts.set(type, (entry = { initiatives: 0, amounts: new Map() }));
      entry.initiatives++;
      if (type === 'money' && side === 'needs') {
        for (const amount of doc.moneyNeeds) {
          entry.amounts.set(amount.currency, (entry.amounts.get(amount.currency) ?? 0) + amount.minor);
        }
      }
    }
  }
  return [...counts]
    .map(([needType, entry]) => ({
      needType,
      initiatives: entry.initiatives,
      amounts: [...entry.amounts].sort().map(([currency, minor]) => ({ minor, currency })),
    }))
    .sort((a, b) => b.initiatives - a.initiatives || (a.needType < b.needType ? -1 : 1));
}

/** Groups initiatives by their area at a level and counts them with their needs; largest place first. */
export function placeCounts(docs: readonly IndexedInitiative[], level: PlaceLevel): PlaceCount[] {
  const groups = new Map<string, { area: AreaFacts; docs: IndexedInitiative[] }>();
  for (const doc of docs) {
    const area = areaAt(level, doc);
    if (!area) continue;
    const group = groups.get(area.code);
    if (group) group.docs.push(doc);
    else groups.set(area.code, { area, docs: [doc] });
  }
  return [...groups.values()]
    .map(({ area, docs: members }) => ({
      level,
      area: { code: area.code, name: area.name },
      initiatives: members.length,
      needs: needCounts(members),
    }))
    .sort((a, b) => b.initiatives - a.initiatives || (a.area.code < b.area.code ? -1 : 1));
}

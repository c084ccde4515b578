import type { UnhashedSourceRecord } from '../../schema/index.ts';
import { applyTransforms, normalizeLocations, writeTarget } from '../manifest/index.ts';
import { type MapContext, publicEmail } from '../sdk/index.ts';
import { type TabularConfig, targetsOf } from './config.ts';
import type { TabularRow } from './raw.ts';

type Draft = Record<string, unknown>;

/** Where an organisation's e-mail address lands; only its public mailbox may. */
const CONTACT_EMAILS = ['initiative', 'contact'] as const;

/**
 * Maps one row with the source's column mapping, as declarative manifests map fields: each mapped cell goes
 * through its transforms to its model path (later columns fill only what earlier ones left empty, `list`
 * targets collect), constants fill what no column gave, locations are normalised (country code, postcode,
 * municipality). Whatever the mapping says, an e-mail address that is not an organisation's mailbox is
 * dropped. The runtime validates the result and quarantines a row the mapping could not make a valid record.
 */
export function mapRow(raw: TabularRow, context: MapContext<TabularConfig>): UnhashedSourceRecord[] {
  const { config } = context;
  const draft: Draft = {};
  const also = (target: string, values: readonly unknown[]) => writeTarget(draft, target, values, true);
  for (const [column, spec] of Object.entries(config.columns)) {
    const value = raw.cells[column];
    const values = value === null || value === undefined || value === '' ? [] : [value];
    for (const { target, transforms, list } of targetsOf(spec)) {
      writeTarget(draft, target, applyTransforms(values, transforms, { record: raw.cells, also }), list);
    }
  }
  for (const [target, value] of Object.entries(config.constants)) writeTarget(draft, target, [value], false);
  keepPublicMailbox(draft);
  normalizeLocations(draft);
  return [
    {
      ...draft,
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: raw.id,
      kind: config.kind,
      harvestedAt: context.harvestedAt,
    } as UnhashedSourceRecord,
  ];
}

function keepPublicMailbox(draft: Draft): void {
  const [owner, field] = CONTACT_EMAILS;
  const parent = draft[owner] as Draft | undefined;
  const contact = parent?.[field] as Draft | undefined;
  if (!parent || !contact || contact.email === undefined) return;
  const mailbox = typeof contact.email === 'string' ? publicEmail(contact.email) : undefined;
  if (mailbox) contact.email = mailbox;
  else delete contact.email;
  if (Object.keys(contact).length === 0) delete parent[field];
}

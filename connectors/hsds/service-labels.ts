import type { HsdsNestedService } from './raw.ts';

/** A label a directory gives a service, and whether it names an audience rather than a subject. */
export interface ServiceLabel {
  readonly text: string;
  readonly audience: boolean;
}

/**
 * The directory's labels of a service: taxonomy terms of its attributes (HSDS 3), of its older
 * `service_taxonomys`, and Placecube's target audiences (`pc_targetAudience`), which also name audiences.
 */
export function serviceLabels(service: HsdsNestedService): ServiceLabel[] {
  const terms = [...(service.attributes ?? []), ...(service.service_taxonomys ?? [])].map(
    (attribute) => attribute.taxonomy_term?.name ?? attribute.taxonomy?.name,
  );
  const audiences = (service.pc_targetAudience ?? []).map((audience) => audience.audienceType);
  return [
    ...terms.flatMap((text) => (text?.trim() ? [{ text: text.trim(), audience: false }] : [])),
    ...audiences.flatMap((text) => (text?.trim() ? [{ text: text.trim(), audience: true }] : [])),
  ];
}

import { type UshahidiResolvedForm, type UshahidiResolvedTag, UshahidiForm, UshahidiTag } from './raw.ts';

/** Labels of a deployment's categories and surveys, read once per run. */
export interface Vocabulary {
  readonly tags: ReadonlyMap<number, UshahidiResolvedTag>;
  readonly forms: ReadonlyMap<number, UshahidiResolvedForm>;
}

/**
 * Builds the vocabulary from the `results` of `/api/v3/tags` and `/api/v3/forms`: each category with its
 * parent's label, each survey with its name and description. Entries the schema does not accept are
 * skipped; a post that uses them simply has fewer labels.
 */
export function buildVocabulary(tagResults: readonly unknown[], formResults: readonly unknown[]): Vocabulary {
  const rawTags = tagResults.flatMap((item) => UshahidiTag.safeParse(item).data ?? []);
  const labels = new Map(rawTags.map((tag) => [tag.id, tag.tag]));
  const tags = new Map<number, UshahidiResolvedTag>(
    rawTags.map((tag) => {
      const parent = labels.get(tag.parent ?? tag.parent_id ?? 0);
      return [tag.id, parent ? { id: tag.id, tag: tag.tag, parent } : { id: tag.id, tag: tag.tag }];
    }),
  );
  const forms = new Map(
    formResults.flatMap((item) => UshahidiForm.safeParse(item).data ?? []).map((form) => [form.id, form]),
  );
  return { tags, forms };
}

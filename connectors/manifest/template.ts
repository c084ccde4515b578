import { queryFirst } from './json-path.ts';

/**
 * A placeholder in a manifest string: `{name}` names an option or a built-in value (`baseUrl`, `source`,
 * `cursor`), `{$.path}` a value of the current record. A brace followed by a space or another brace is no
 * placeholder, so text such as `{ }` passes unchanged.
 */
const PLACEHOLDER = /\{(\$[^{}\s][^{}]*|[A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Values a template can name: options and built-ins by name, and the record for `{$...}` paths. */
export interface TemplateScope {
  readonly values: Readonly<Record<string, unknown>>;
  readonly record?: unknown;
}

/** The placeholders of a template, in order, e.g. `["service", "$.attributes.OBJECTID"]`. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** Whether a string holds a placeholder at all. */
export function isTemplate(value: string): boolean {
  return placeholdersOf(value).length > 0;
}

function lookup(name: string, scope: TemplateScope): unknown {
  return name.startsWith('$') ? queryFirst(name, scope.record) : scope.values[name];
}

/**
 * Fills a template. A template that is exactly one placeholder keeps the value's type (a number option stays
 * a number in GraphQL variables); otherwise values are written as text. Returns undefined when a placeholder
 * has no value, so a mapping can leave the field out instead of writing "undefined".
 *
 * @example
 * renderTemplate('/services/{service}/FeatureServer/{layer}', { values: { service: 'Buurt', layer: 0 } });
 * // '/services/Buurt/FeatureServer/0'
 */
export function renderTemplate(
  template: string,
  scope: TemplateScope,
  encode: (text: string) => string = (text) => text,
): unknown {
  const names = placeholdersOf(template);
  if (names.length === 1 && template === `{${names[0]}}`) return lookup(names[0] as string, scope);
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = lookup(name, scope);
    if (value === undefined || value === null || typeof value === 'object') {
      missing = true;
      return '';
    }
    return encode(String(value));
  });
  return missing ? undefined : text;
}

/** Fills every string inside a JSON value (GraphQL variables, request bodies), keeping the structure. */
export function renderDeep(value: unknown, scope: TemplateScope): unknown {
  if (typeof value === 'string') return isTemplate(value) ? renderTemplate(value, scope) : value;
  if (Array.isArray(value)) return value.map((item) => renderDeep(item, scope));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderDeep(item, scope)]));
  }
  return value;
}

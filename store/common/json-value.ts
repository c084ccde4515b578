/**
 * Serialises a value the store keeps as JSON (connector state), rejecting what JSON cannot hold
 * (`undefined`, functions) with an error that names where it came from instead of storing nothing.
 */
export function encodeJson(what: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`${what} must be a JSON value, got ${typeof value}`);
  return json;
}

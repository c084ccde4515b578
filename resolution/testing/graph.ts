import type { Store } from '../../store/index.ts';

/** Every initiative in a store as record key -> initiative id, for comparing graphs in tests. */
export async function assignmentsIn(store: Store): Promise<Map<string, string>> {
  const assignments = new Map<string, string>();
  let after: string | undefined;
  do {
    const page = await store.scanInitiatives({ limit: 1000, ...(after === undefined ? {} : { after }) });
    for (const initiative of page.items)
      for (const key of initiative.members) assignments.set(key, initiative.id);
    after = page.next;
  } while (after !== undefined);
  return assignments;
}

import { checkpointJson, type JsonValue, type RawPage, type ReadContext } from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';
import { loadFile } from './load.ts';
import { rawRows } from './rows.ts';
import { readState } from './state.ts';
import { readTable } from './table.ts';

/**
 * Reads the file and yields its rows in pages of `rowsPerPage`, each with a checkpoint, so that an
 * interrupted read of a large file continues at the next page (when the file has not changed meanwhile;
 * a changed file is read from the start). An incremental run first asks whether the file changed: a 304, or
 * the same sha256 as the last completed read, costs nothing more. Full runs read the file whatever it is.
 */
export async function* readRows(
  context: ReadContext<TabularConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const state = readState(checkpoint);
  const incremental = context.mode === 'incremental' && !state.run;
  const file = await loadFile(
    context,
    incremental ? { etag: state.etag, lastModified: state.lastModified } : undefined,
  );
  const done = checkpointJson({ etag: state.etag, lastModified: state.lastModified, sha256: state.sha256 });
  if (file.notModified || (incremental && file.sha256 === state.sha256)) {
    context.log.info('the file has not changed since the last run');
    yield { records: [], state: done };
    return;
  }
  const rows = rawRows(await readTable(file.bytes, file.facts, context.config), context.config);
  const start = state.run?.sha256 === file.sha256 ? state.run.offset : 0;
  const step = context.config.rowsPerPage;
  for (let offset = start; offset < rows.length || offset === start; offset += step) {
    const end = Math.min(offset + step, rows.length);
    const last = end >= rows.length;
    yield {
      records: rows.slice(offset, end),
      total: rows.length,
      state: checkpointJson(
        last
          ? { etag: file.etag, lastModified: file.lastModified, sha256: file.sha256 }
          : {
              etag: state.etag,
              lastModified: state.lastModified,
              sha256: state.sha256,
              run: { sha256: file.sha256, offset: end },
            },
      ),
    };
    if (last) return;
  }
}

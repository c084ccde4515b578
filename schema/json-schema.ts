import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SourceRecord } from './model/index.ts';

/** Where the generated JSON Schema of SourceRecord is committed, for tools outside TypeScript. */
export const SOURCE_RECORD_SCHEMA_PATH = fileURLToPath(
  new URL('./source-record.schema.json', import.meta.url),
);

/** Renders the JSON Schema (draft 2020-12) of a SourceRecord as it is accepted on input. */
export function renderSourceRecordJsonSchema(): string {
  const schema = z.toJSONSchema(SourceRecord, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const document = {
    ...schema,
    $id: 'https://github.com/knooppunt/knooppunt/schema/source-record.schema.json',
    title: 'Knooppunt SourceRecord',
    description:
      'One record from one platform in the canonical model of Knooppunt (MODEL.md). Generated from schema/model by `npm run schema:generate`; do not edit.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** True when the committed file equals what the zod schema generates now. */
export async function isSourceRecordJsonSchemaCurrent(): Promise<boolean> {
  const committed = await readFile(SOURCE_RECORD_SCHEMA_PATH, 'utf8').catch(() => '');
  return committed === renderSourceRecordJsonSchema();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SOURCE_RECORD_SCHEMA_PATH, renderSourceRecordJsonSchema());
  console.log(`wrote ${SOURCE_RECORD_SCHEMA_PATH}`);
}

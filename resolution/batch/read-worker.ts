/** Worker thread entry of the parallel reader: reads the chunks it is sent (see `readChunk`). */
import { parentPort } from 'node:worker_threads';
import { type LineChunk, readChunk } from './record-chunk.ts';

parentPort?.on('message', (chunk: LineChunk) => {
  const result = readChunk(chunk);
  parentPort?.postMessage(result, [
    result.hi.buffer as ArrayBuffer,
    result.lo.buffer as ArrayBuffer,
    result.payload.buffer as ArrayBuffer,
  ]);
});

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A benchmark helper process that speaks one JSON object per stdout line. */
export interface Worker {
  readonly child: ChildProcess;
  /** Resolves with the next JSON line the worker prints. */
  next<T = Record<string, unknown>>(): Promise<T>;
  /** Asks the worker to stop (SIGTERM) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts `node <script> <args>` as a separate process (so its CPU and memory are its own) and reads the
 * JSON lines it prints. Its stderr is passed through for diagnostics.
 */
export function startWorker(
  script: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Worker {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts.filter((part) => part.startsWith('{'))) {
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    next<T>() {
      const ready = lines.shift();
      if (ready) return Promise.resolve(JSON.parse(ready) as T);
      return new Promise<T>((resolve, reject) => {
        waiting.push((line) => resolve(JSON.parse(line) as T));
        exited.then(() => reject(new Error(`${script} exited before answering`)));
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs a worker to completion and returns the last JSON line it printed. */
export async function runWorker<T = Record<string, unknown>>(
  script: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<T> {
  const worker = startWorker(script, args, env);
  const result = await worker.next<T>();
  await worker.stop();
  return result;
}

/** Peak resident memory of this process so far, in MiB (the kernel's high-water mark). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

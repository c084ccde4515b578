#!/usr/bin/env node
// Entry point of the `knooppunt` command. Knooppunt is written in TypeScript that Node runs directly
// (type stripping); Node 22.13-22.17 needs a flag for that, so the command re-runs itself with it there.
import { spawn } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`knooppunt needs Node.js 22.13 or newer (24 recommended); this is ${process.version}.`);
  process.exit(1);
}

if (!process.features.typescript) {
  const child = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)));
} else {
  await import('../cli/main.ts');
}

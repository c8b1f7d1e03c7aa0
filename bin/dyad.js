#!/usr/bin/env node
// The dyad command. All the work is in dist/cli.js (built from src/cli.ts by `npm run build`).
import { readFileSync } from 'node:fs';

const { run } = await import('../dist/cli.js').catch(() => {
  process.stderr.write("dyad: not built yet; run 'npm install' (or 'npm run build') in the dyad folder first\n");
  process.exit(2);
});
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); });
process.exitCode = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
});

// Runs the real dyad command in a child process.
import { spawnSync } from 'node:child_process';
import { cli } from './paths.js';

export interface CliResult { status: number | null; stdout: string; stderr: string }

export function runCli(args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [cli, ...args], { input, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

// The canonical article, scored by ../shared/seed/check.mjs exactly as CI and the README run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { sharedFile } from './test-support/paths.js';
import { runCli } from './test-support/run-cli.js';

test('the canonical article passes the seed check, stretch events included', () => {
  const out = runCli(['code', '--format', 'json', '--date', '2025-10-16', sharedFile('seed/article.txt')]);
  assert.equal(out.status, 0, out.stderr);
  const check = spawnSync(process.execPath, [sharedFile('seed/check.mjs')], { input: out.stdout, encoding: 'utf8' });
  const summary = check.stdout.trim().split('\n').pop() ?? '';
  console.log(summary);
  assert.equal(check.status, 0, check.stdout);
  assert.match(summary, /2\/2 stretch/, check.stdout);
});

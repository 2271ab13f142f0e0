#!/usr/bin/env node
// From Node 22.1, V8 keeps the code it compiled for our bundle between runs, so later starts skip most of the
// compiling (a quarter of the time to the first frame on Node 20, which has no such switch and starts as before).
// The cache lives in the user's cache folder, never beside the saved answers; if it cannot be made, Node runs without.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

function cacheDir() {
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, 'clinical-path');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return join(process.env.LOCALAPPDATA, 'clinical-path', 'Cache');
  return join(homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache', 'clinical-path');
}

try {
  module.enableCompileCache?.(join(cacheDir(), 'v8'));
} catch {
  // No cache is only slower.
}
await import('../dist/cli.js');

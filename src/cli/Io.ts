/**
 * What a command reads and writes, handed to it rather than taken from `process`: main.ts passes the real
 * process streams and environment, and tests pass in-memory ones, so a command runs whole inside a test.
 * A command returns its exit code instead of setting process.exitCode or exiting.
 */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** The running process's own streams and environment: what the bin passes in. */
export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

import type { Stats } from 'node:fs';

/**
 * Why `stat` is no file we can read, or null for a regular file or a folder (callers word folders themselves).
 * A FIFO waits for a writer that may never come, and while the main thread waits in a synchronous open or read no
 * signal handler can run: Ctrl+C and `kill` would do nothing. Sockets and devices (/dev/zero, a disk) are no
 * answers or bank files either. So they are refused before a single byte is read.
 */
export function specialFileReason(stat: Stats): string | null {
  if (stat.isFile() || stat.isDirectory()) return null;
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a file; save what it holds to a file first';
  if (stat.isSocket()) return 'is a socket, not a file';
  return 'is a device, not a file';
}

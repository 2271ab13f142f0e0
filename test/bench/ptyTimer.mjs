import pty from '@lydell/node-pty';
import stripAnsi from 'strip-ansi';

/**
 * Starts `args` in an 100×30 pseudo-terminal and resolves with the milliseconds until `text` appears
 * on screen (escape sequences ignored), then kills the process.
 */
export function timeToText(args, text, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 100, rows: 30, env: { ...process.env, CI: 'false', ...env } });
    let seen = '';
    const timer = setTimeout(() => {
      term.kill('SIGKILL');
      reject(new Error(`"${text}" did not appear within 10 s; screen: ${seen.slice(-300)}`));
    }, 10_000);
    term.onData((data) => {
      seen += stripAnsi(data);
      if (seen.includes(text)) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        term.kill('SIGKILL');
        resolve(ms);
      }
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

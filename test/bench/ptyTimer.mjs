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

/**
 * Milliseconds from start until a key pressed as soon as `text` appears gets its answer (`after` on
 * screen): when the program is really ready for the person, not only showing the question.
 */
export function timeToFirstResponse(args, text, key, after, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 100, rows: 30, env: { ...process.env, CI: 'false', ...env } });
    let seen = '';
    let pressedAt = -1;
    const timer = setTimeout(() => {
      term.kill('SIGKILL');
      reject(new Error(`no response within 10 s; screen: ${seen.slice(-300)}`));
    }, 10_000);
    term.onData((data) => {
      seen += stripAnsi(data);
      if (pressedAt < 0 && seen.includes(text)) {
        pressedAt = seen.length;
        term.write(key);
      } else if (pressedAt >= 0 && (typeof after === 'string' ? seen.slice(pressedAt).includes(after) : after.test(seen.slice(pressedAt)))) {
        clearTimeout(timer);
        term.kill('SIGKILL');
        resolve(Number(process.hrtime.bigint() - started) / 1e6);
      }
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

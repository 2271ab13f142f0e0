import { readFileSync } from 'node:fs';

interface ProcStat {
  state: string;
  start: string;
}

/** Linux and others with /proc: there a process's state and start time can be read, not guessed. */
const HAS_PROC = readStat(process.pid) !== null;

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2, the command name, is in parentheses and may itself hold spaces or ')': count fields after the last ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state); rest[19] is field 22 (start time, in clock ticks since boot).
    return rest.length > 19 ? { state: rest[0] ?? '', start: rest[19] ?? '' } : null;
  } catch {
    return null;
  }
}

/**
 * When `pid` started, as /proc/PID/stat field 22; '' where there is no /proc. Together with the pid it names one
 * process: a pid reused by a later process (after a reboot, say) has another start time.
 */
export function startTime(pid: number): string {
  return readStat(pid)?.start ?? '';
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user; we cannot tell more without /proc.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process `pid` that started at `start` ('' when unknown) still runs. A zombie (exited, not yet
 * reaped by its parent) does not: it will never release a lock. A pid now used by a process that started at
 * another time is not the one recorded.
 */
export function isRunning(pid: number, start: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const stat = HAS_PROC ? readStat(pid) : null;
  // No /proc, or a /proc mounted with hidepid that hides other users' processes: only a signal can tell.
  if (stat === null) return signalable(pid);
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return start === '' || stat.start === start;
}

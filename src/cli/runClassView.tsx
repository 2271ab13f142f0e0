import chalk from 'chalk';
import { render } from 'ink';
import { createInterface } from 'node:readline';
import { classWords } from '../messages/classWords.js';
import { renderReportText } from '../render/reportText.js';
import type { ClassPoll } from '../server/classPoll.js';
import { ClassApp } from '../ui/class/ClassApp.js';
import type { Io } from './Io.js';
import type { TerminalIo } from './runInteractive.js';
import { inkOptions } from './inkOptions.js';

export interface ClassView {
  /** Resolves when the teacher ends the class from the view (q, Ctrl+C). */
  ended: Promise<void>;
  /** Takes the view down (the class ended another way, e.g. SIGTERM). */
  stop(): Promise<void>;
}

export interface ClassViewOptions {
  intro: string[];
  minCell: number;
  color: boolean;
}

/** The projector view in Ink, in the teacher's terminal. */
export function inkClassView(poll: ClassPoll, options: ClassViewOptions, io: TerminalIo): ClassView {
  if (!options.color) chalk.level = 0;
  let end = () => {};
  const ended = new Promise<void>((resolve) => (end = resolve));
  const instance = render(
    <ClassApp intro={options.intro} minCell={options.minCell} initial={poll.status()} subscribe={poll.subscribe} request={poll.request} onEnd={() => end()} color={options.color} />,
    inkOptions(io),
  );
  // Asked for now: Ink settles only a promise that exists when it unmounts (a later one would never settle).
  const exited = instance.waitUntilExit().catch(() => undefined);
  return {
    ended,
    async stop() {
      instance.unmount();
      await exited;
    },
  };
}

/**
 * Without a terminal (or with --plain): the intro once, then a fresh block, the whole report as `report` prints it,
 * each time a snapshot is published. Lines on standard input act as keys: `u` updates now (with K or more waiting),
 * `q` ends the class. The end of the input changes nothing: the class goes on until `q` or a signal.
 */
export function plainClassView(poll: ClassPoll, options: ClassViewOptions, io: Io): ClassView {
  const out = io.stdout;
  const width = Math.max(40, Math.min(100, io.stdout.columns || 80));
  const write = (lines: string[]) => out.write(`${lines.join('\n')}\n`);
  write([...options.intro, classWords.plainKeys, '', classWords.waitingFirst(options.minCell)]);
  const unsubscribe = poll.subscribe((event) => {
    if (event.kind !== 'snapshot') return;
    const { snapshot, status } = event;
    write(['', '─'.repeat(width), classWords.heading(snapshot.number, snapshot.report.respondents, snapshot.added), classWords.status(status.received, status.waiting), '']);
    out.write(renderReportText(snapshot.report, { width, color: false }));
  });
  let end = () => {};
  const ended = new Promise<void>((resolve) => (end = resolve));
  const lines = createInterface({ input: io.stdin, terminal: false });
  lines.on('line', (line) => {
    const key = line.trim().toLowerCase();
    if (key === 'q') end();
    else if (key === 'u') {
      void poll.request().then(
        (decision) => {
          if (!decision.publish) write([classWords.tooFew(decision.waiting, options.minCell)]);
        },
        (error: unknown) => write([error instanceof Error ? error.message : String(error)]),
      );
    }
  });
  return {
    ended,
    async stop() {
      unsubscribe();
      lines.close();
    },
  };
}

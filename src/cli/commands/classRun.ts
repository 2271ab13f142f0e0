import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDash } from '../../files/dash.js';
import { refuseFolder } from '../refuseFolder.js';
import { defaultAutoBatch } from '../../core/class/pollBatch.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import { reportOfResponses } from '../../core/survey/reportOfResponses.js';
import { classWords } from '../../messages/classWords.js';
import { serveWords } from '../../messages/serveWords.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import type { Io } from '../Io.js';
import { wantsColor } from '../wantsColor.js';
import { writeOutput } from '../writeOutput.js';
import { CLASS_MIN_CELL, type Args } from './classCommand.js';
import type { TerminalIo } from '../runInteractive.js';
import { openOrFail, stopOnSignals } from './serveRun.js';

const { fail } = classWords;

/**
 * What `class` does: a collection server for one lesson, on a database in memory (or a PGlite folder with --keep),
 * taking records only with the class code it prints; the projector view shows the class's answers in batches of
 * K or more. It ends on q or SIGINT/SIGTERM: the server stops, the Markdown summary of the last view shown is
 * written when --out asks for it, and the database is closed (in memory: dropped).
 */
export async function run(args: Args, io: Io): Promise<number> {
  const { port, host } = args;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError([fail.badPort(String(port))]);
  const minCell = args.minCell ?? CLASS_MIN_CELL;
  if (!(Number.isInteger(minCell) && minCell >= 3)) throw new CliError([fail.badMinCell(String(minCell))]);
  // Said now, not after the lesson: a summary that cannot be written at the end would be lost.
  if (args.out !== undefined) checkOut(args.out);
  const { bank } = await loadContentOrFail(args);
  if (!bank.survey) throw new CliError(fail.noSurvey(args.questions === undefined ? 'The question bank' : `${args.questions}/bank.yaml`));
  const exported = exportedBank(bank);
  const log = (line: string) => io.stderr.write(`${line}\n`);

  const { memorySurveyDb } = await import('../../server/db/memorySurveyDb.js');
  const keep = args.keep === undefined ? undefined : resolve(args.keep);
  const db = keep === undefined ? memorySurveyDb() : await openOrFail(keep);
  try {
    const { createClassPoll } = await import('../../server/classPoll.js');
    const poll = await createClassPoll(db, { bank: exported, minCell, log });
    const { inviteHash, newClassCode } = await import('../../server/inviteCodes.js');
    const { hashStaffToken } = await import('../../server/staffToken.js');
    const { createApp } = await import('../../server/createApp.js');
    const { startServer, ListenError } = await import('../../server/startServer.js');
    const code = newClassCode();
    // No staff routes for a class: the token is random and never shown, so the report and responses.jsonl stay shut.
    const app = createApp({ db: poll.db, bank, staffTokenHash: hashStaffToken(randomBytes(32).toString('hex')), classCodeHash: inviteHash(code), debug: Boolean(io.env.DEBUG), log });
    const server = await startServer({ app, host, port }).catch((error: unknown) => {
      if (error instanceof ListenError && error.code === 'EADDRINUSE') throw new CliError([serveWords.fail.portInUse(host, port)]);
      if (error instanceof ListenError) throw new CliError([serveWords.fail.cannotListen(host, port, error.code)]);
      throw error;
    });
    const intro = await introLines(host, server.port, code, minCell, keep);
    const signals = stopOnSignals();
    let view: { ended: Promise<void>; stop(): Promise<void> } | undefined;
    try {
      const color = wantsColor({ flag: args.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) });
      const plain = shouldUsePlain({ plain: args.plain, env: io.env, stdinIsTTY: Boolean(io.stdin.isTTY), stdoutIsTTY: Boolean(io.stdout.isTTY) });
      if (plain) {
        const { plainClassView } = await import('../runClassView.js');
        view = plainClassView(poll, { intro, minCell, color: false }, io);
      } else {
        process.env.CI = 'false';
        const { inkClassView } = await import('../runClassView.js');
        view = inkClassView(poll, { intro, minCell, color }, io as TerminalIo);
      }
      await Promise.race([view.ended, signals.stopped]);
    } finally {
      signals.remove();
      await view?.stop();
      await server.close();
    }
    const { received, shown } = poll.status();
    io.stdout.write(`${classWords.ended(received, shown?.report.respondents ?? 0)}\n`);
    if (args.out !== undefined) {
      const { renderReport } = await import('../../render/renderReport.js');
      // The last view the class saw, never the responses that came in after it; none shown: a report of nobody.
      const report = shown?.report ?? (await reportOfResponses(exported, [], minCell));
      // A page to put on the projector or share (the report's HTML) when --out ends in .html; Markdown otherwise.
      const format = /\.html?$/i.test(args.out) ? 'html' : 'markdown';
      const html = { bank: { id: exported.id, version: exported.version, title: exported.title }, made: new Date() };
      await writeOutput(renderReport(report, format, { html }), args.out, io.stdout);
      io.stdout.write(`${classWords.summaryWritten(args.out)}\n`);
    } else if (keep === undefined) io.stdout.write(`${classWords.nothingWritten}\n`);
    if (keep !== undefined) io.stdout.write(`${classWords.keptAfter(keep)}\n`);
    return EXIT.ok;
  } finally {
    await db.close().catch(() => undefined);
  }
}

/** --out names a file in a folder that exists (`-` prints the summary at the end instead). */
function checkOut(out: string): void {
  if (isDash(out)) return;
  refuseFolder(out);
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError([fail.outFolder(out, folder)]);
}

/** What the view shows above the class's answers: the one line students type first, then where it listens and keeps. */
async function introLines(host: string, port: number, code: string, minCell: number, keep: string | undefined): Promise<string[]> {
  const { isAnyHost, lanAddress } = await import('../../server/lanAddress.js');
  const lines: string[] = [classWords.studentsType];
  let address = host.includes(':') ? `[${host}]` : host;
  let where: string;
  if (isAnyHost(host)) {
    const found = lanAddress();
    address = found ?? '127.0.0.1';
    where = found ? classWords.onNetwork(`http://${address}:${port}`) : classWords.noNetworkAddress;
  } else where = classWords.loopbackOnly(`http://${address}:${port}`);
  const url = `http://${address}:${port}`;
  lines.push(`  ${classWords.studentLine(url, code)}`, where, keep === undefined ? classWords.inMemory : classWords.kept(keep), classWords.rule(minCell, defaultAutoBatch(minCell)));
  return lines;
}

import { hideBin } from 'yargs/helpers';
import { DASH_TOKEN } from '../files/dash.js';
import { EXIT } from './CliError.js';
import { endQuietlyOnClosedPipe, sayOutputFailed } from './endQuietlyOnClosedPipe.js';
import { processIo } from './Io.js';
import { main, report } from './main.js';
import { stopOnUncaught } from './stopOnUncaught.js';

// The edge of the program, and the only place that hands it the process: its arguments, streams and environment,
// and its exit code. Everything from main() on reads and writes the Io it is given.
const io = processIo();
stopOnUncaught((error) => {
  process.exitCode = report(error, io);
});
endQuietlyOnClosedPipe(process.stdout, (reason) => {
  sayOutputFailed(reason, io.stderr);
  process.exitCode = EXIT.badInput;
});
endQuietlyOnClosedPipe(process.stderr);
const code = await main(
  hideBin(process.argv).map((arg) => (arg === '-' ? DASH_TOKEN : arg)),
  io,
);
// Output that could not be written (a full disk behind `> file`) already set exit 2, and it stays.
if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;

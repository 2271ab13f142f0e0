// collect's own yardstick: the least a Node script can do to merge JSONL responses into one file. Stream the input a
// line at a time, one JSON.parse per line, drop repeated responseIds, write each kept record back as one line of
// JSON. The minimal tally (minimalTally.mjs) writes nothing, so it cannot tell how much of collect's time is checks.
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [input, output] = process.argv.slice(2);
const out = openSync(output, 'w');
const seen = new Set();
let kept = 0;
let buffer = '';
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line === '') continue;
  const record = JSON.parse(line);
  if (seen.has(record.responseId)) continue;
  seen.add(record.responseId);
  kept += 1;
  buffer += `${JSON.stringify(record)}\n`;
  if (buffer.length >= 1 << 16) {
    writeSync(out, buffer);
    buffer = '';
  }
}
writeSync(out, buffer);
closeSync(out);
process.stdout.write(`${JSON.stringify({ kept })}\n`);

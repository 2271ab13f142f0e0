// The yardstick for `report` and `collect`: about the least a Node script can do over the same input.
// Stream the JSONL a line at a time, one JSON.parse per line, drop repeated responseIds, count every
// answer value per question. No checks, no words: what is left of our time is the price of checking.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const seen = new Set();
const counts = new Map();
let respondents = 0;
let duplicates = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  const record = JSON.parse(line);
  if (seen.has(record.responseId)) {
    duplicates += 1;
    continue;
  }
  seen.add(record.responseId);
  respondents += 1;
  for (const [question, answer] of Object.entries(record.answers)) {
    let perOption = counts.get(question);
    if (!perOption) counts.set(question, (perOption = new Map()));
    for (const value of Array.isArray(answer) ? answer : [answer]) perOption.set(value, (perOption.get(value) ?? 0) + 1);
  }
}
process.stdout.write(`${JSON.stringify({ respondents, duplicates, questions: counts.size })}\n`);

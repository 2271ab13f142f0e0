/** The words of `clinical-path class`: what the teacher's terminal says, in the projector view and around it. */
export const classWords = {
  studentsType: 'Students type:',
  studentLine: (url: string, code: string) => `npx clinical-path --survey ${url} --invite ${code}`,
  loopbackOnly: (url: string) => `Listening on this machine only: ${url}. For students on other machines, start with --host 0.0.0.0.`,
  onNetwork: (url: string) => `Listening on your local network: ${url} (anyone on this network can reach it; it takes only records with the class code).`,
  noNetworkAddress: 'No local network address was found on this machine; students on other machines cannot reach it until it is connected.',
  inMemory: 'Responses are kept in memory only: nothing is written to disk, and they are gone when the class ends.',
  kept: (where: string) => `Responses are kept in ${where} (--keep).`,
  rule: (k: number, auto: number) =>
    `The view updates by itself every ${auto} new responses, or with u once ${k} or more are waiting, so no one's answer can be read off a change. Counts below ${k} are suppressed, as in reports.`,
  heading: (number: number, respondents: number, added: number) =>
    `Class poll, update ${number}: ${respondents} response${respondents === 1 ? '' : 's'} (${added} new since the last update)`,
  status: (received: number, waiting: number) => `${received} response${received === 1 ? '' : 's'} in, ${waiting} waiting for the next update`,
  waitingFirst: (k: number) => `Waiting for the first responses: the view shows the class's answers once ${k} are in.`,
  tooFew: (waiting: number, k: number) => `Not updated: ${waiting} new response${waiting === 1 ? '' : 's'} waiting; the view updates once ${k} are in (${k - waiting} more).`,
  moreRows: (count: number) => `  … ${count} more line${count === 1 ? '' : 's'}: make the window taller, or the font smaller`,
  question: (index: number, total: number) => `Question ${index} of ${total}`,
  keys: '←/→ or PgUp/PgDn: question · u: update now · q: end the class',
  plainKeys: 'Type u and Enter to update now; q and Enter, or Ctrl+C, ends the class.',
  bars: 'Bars: █ this class, ░ ASRT survey',
  ended: (received: number, shown: number) => `Class over: ${received} response${received === 1 ? '' : 's'} in, ${shown} in the last view shown.`,
  summaryWritten: (file: string) => `Summary (the last view, against ASRT) written to ${file}.`,
  nothingWritten: 'Nothing was written (add --out FILE.md for a summary); the responses in memory are gone.',
  keptAfter: (where: string) => `The responses stay in ${where}; read them with clinical-path report --db ${where}.`,
  fail: {
    badPort: (given: string) => `--port must be a whole number from 0 to 65535 (got ${given}).`,
    badMinCell: (given: string) => `--min-cell must be a whole number of at least 3 for a class (got ${given}).`,
    outFolder: (out: string, folder: string) => `Could not write ${out} at the end: the folder ${folder} does not exist. Nothing was started.`,
    noSurvey: (where: string) => [`${where} has no survey block, so there is nothing for students to send.`],
  },
};

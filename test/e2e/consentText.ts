/**
 * stderr of `export` without the survey text and the record preview it always shows first (src/messages/consentWords.ts),
 * so a test can check what else was said. Fails the test when the preview is missing, as a test of export should.
 */
export function besideConsentText(stderr: string): string {
  const lines = stderr.split('\n');
  const start = lines.findIndex((l) => l.endsWith(': before you send your response'));
  const record = lines.indexOf('Exactly what would be sent:', start);
  const end = lines.indexOf('', record);
  if (start < 0 || record < 0 || end < 0) throw new Error(`export showed no survey text and record:\n${stderr}`);
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}

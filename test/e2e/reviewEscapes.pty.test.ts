import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS, startPty } from './ptySession.js';
import { ROOT, runBin, tempHome } from './runBin.js';

/**
 * The attack the issue reproduced: an `--answers` file whose obstacle holds terminal escapes (a window title, an OSC 52
 * clipboard write, an OSC 8 link), BEL, CR, BS, a right-to-left override and zero-width characters. It is saved, and
 * the full-screen review then draws it: nothing of it may reach the terminal but plain text.
 */
describe('the review screen in a real terminal, resumed with a hostile obstacle', () => {
  it('writes no OSC, no raw control character and no bidi or invisible character', async () => {
    const { home, store } = tempHome();
    const answers = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/answers/ct-employed.json'), 'utf8')) as { answers: Record<string, unknown> };
    answers.answers.obstacle =
      'Night\u001B]0;PWNED\u0007 shifts\u001B]52;c;cm0gLXJmIH4=\u0007 and \u001B]8;;https://example.com\u0007a link\u001B]8;;\u0007\u0007\r\b \u202Eevil\u202C\u200B\u2060 end';
    const file = join(home, 'hostile.json');
    writeFileSync(file, JSON.stringify(answers));
    expect(runBin(['--store', store, '--answers', file], { home }).code).toBe(0);

    const session = startPty(['--store', store], { home, cols: 100, rows: 40 });
    await session.waitFor(/Review your answers[\s\S]*esc save & quit/);
    // Move to the obstacle's row and back, so it is drawn highlighted too.
    for (let i = 0; i < 25; i += 1) session.write(KEYS.up);
    await new Promise((resolve) => setTimeout(resolve, 500));
    session.write(KEYS.esc);
    await session.exited;
    const raw = session.raw();
    expect(session.output()).toContain('shifts');
    expect(raw).not.toContain('\u001B]');
    expect(raw).not.toContain('\u0007');
    expect(raw).not.toContain('\b');
    expect(raw).not.toMatch(/[\u202A-\u202E\u200B\u2060]/);
    // What Ink itself writes: CSI sequences (cursor moves, styles), CR LF from the terminal. Nothing else.
    // eslint-disable-next-line no-control-regex
    expect(raw.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replace(/\r\n/g, '\n')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  }, 20_000);
});

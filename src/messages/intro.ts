/**
 * The words before the first question, for every way of asking (plain lines, the Ink interview): what this is, how
 * long it takes, where the answers stay, and how to stop and come back. Shown to someone starting afresh only, never
 * on resume. Each line stands alone, so a screen reader can read any one of them without the others.
 */
export interface IntroOptions {
  /** The key that stops the interview on this screen: "Ctrl+C" in plain mode, "Esc" in the Ink interview. */
  quitKey: string;
  /** The command that starts it again, as this person runs it: "clinical-path", "npx clinical-path". */
  command: string;
}

/** The line that ends the intro where a person can press Enter to go on. */
export const INTRO_START = 'Press Enter to start with the first question.';

export function introLines({ quitKey, command }: IntroOptions): string[] {
  return [
    'Welcome to clinical-path. It asks about you and your clinical training, then gives you a plan made for your answers: where to look for a clinical site, HIPAA training, liability coverage and when to take your exams.',
    'It takes about 5 minutes. There are no wrong answers, and you can go back and change any answer before you see your plan.',
    'Your answers stay on this computer. Each one is saved as soon as you give it, and nothing is sent anywhere.',
    `To stop at any time, press ${quitKey}. Your answers are kept: run ${command} again to continue where you left off.`,
  ];
}

// The yardstick: a one-prompt @clack/prompts script, about as small as an interactive prompt gets.
import { select } from '@clack/prompts';

await select({
  message: 'Which of these best describes you?',
  options: [
    { value: 'post_primary', label: 'Registered technologist working toward an ARRT post-primary credential' },
    { value: 'sonography_student', label: 'Sonography student in a program' },
  ],
});

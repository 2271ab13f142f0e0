import { Text } from 'ink';
import { introFrame } from './introFrame.js';
import { LIST } from './keyMap.js';
import { useIntent } from './useIntent.js';

export interface IntroScreenProps {
  columns: number;
  rows: number;
  command: string;
  onStart: () => void;
}

/** Before the first question, for someone starting afresh: what this is and how to stop. Enter starts. */
export function IntroScreen({ columns, rows, command, onStart }: IntroScreenProps) {
  useIntent(LIST, (intent) => {
    if (intent.type === 'confirm') onStart();
  });
  return <Text>{introFrame(columns, rows, command).join('\n')}</Text>;
}

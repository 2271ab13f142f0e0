import { Box, Text } from 'ink';
import { describeAnswer, questionLabel } from '../core/bank/describeAnswer.js';
import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { ChoiceList } from './ChoiceList.js';
import { countLines } from './countLines.js';
import { KeyHelp, keyHelpHeight, keyHelpText } from './KeyHelp.js';
import { LIST } from './keyMap.js';
import { isMove, moveCursor } from './moveCursor.js';
import { rowsThatFit } from './listWindow.js';
import { symbols, useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import { useSyncedState } from './useSyncedState.js';

export const FINISH_LABEL = `Looks right ${symbols.dash} show my plan`;
const FINISH = '(finish)';

export interface ReviewScreenProps {
  bank: Bank;
  answers: Answers;
  /** Lines the whole screen may take. */
  height: number;
  columns: number;
  /** Highlight this question first (the one just changed), else the first. */
  focus?: string | null;
  onEdit: (id: string) => void;
  onFinish: () => void;
  onBack: () => void;
}

/** Every visible answer before the plan: Enter on one changes it, the last entry shows the plan. */
export function ReviewScreen({ bank, answers, height, columns, focus, onEdit, onFinish, onBack }: ReviewScreenProps) {
  const rows = [
    ...visibleQuestions(bank, answers).map((q) => ({ key: q.id, label: `${questionLabel(q)}: ${describeAnswer(q, answers[q.id])}` })),
    { key: FINISH, label: FINISH_LABEL },
  ];
  const { styles, rowGap } = useTheme();
  const [cursor, update] = useSyncedState(() => Math.max(0, rows.findIndex((r) => r.key === focus)));
  const help = keyHelpText('review', { canGoBack: true, editing: false, numbered: false, optional: false });
  const title = `Review your answers (${rows.length - 1}). Choose one to change it.`;
  const listHeight = Math.max(2, height - countLines(title, columns) - keyHelpHeight(help, columns));

  useIntent(LIST, (intent) => {
    if (isMove(intent)) {
      update((c) => moveCursor(intent.type, c, rows.length, rowsThatFit(listHeight, rowGap) - 2));
      return;
    }
    switch (intent.type) {
      case 'confirm': {
        const row = rows[update((c) => c)];
        if (row?.key === FINISH) onFinish();
        else if (row) onEdit(row.key);
        return;
      }
      case 'back':
        onBack();
        return;
      default:
        return;
    }
  });

  return (
    <Box flexDirection="column">
      <Text {...styles.prompt}>{title}</Text>
      <ChoiceList rows={rows} cursor={cursor} height={listHeight} numbered={false} role="menuitem" />
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}

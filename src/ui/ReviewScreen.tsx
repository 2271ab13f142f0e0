import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { describeAnswer, questionLabel } from '../core/bank/describeAnswer.js';
import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { ChoiceList } from './ChoiceList.js';
import { countLines } from './countLines.js';
import { KeyHelp } from './KeyHelp.js';
import { keyHelpHeight, keyHelpText } from './keyHelpText.js';
import { LIST } from './keyMap.js';
import { symbols, useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import { useListCursor } from './useListCursor.js';
import { wrapLines } from '../core/text/wrapLines.js';

export const FINISH_LABEL = `Looks right ${symbols.dash} show my plan`;

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

/**
 * Every visible answer before the plan. Enter on an answer changes it; "Looks right — show my plan" stays on screen
 * below the list however long it is (↓ past the last answer, End, or `p` reach it), and the key help names it.
 * Answers wrap, never cut.
 */
export function ReviewScreen({ bank, answers, height, columns, focus, onEdit, onFinish, onBack }: ReviewScreenProps) {
  const rows = visibleQuestions(bank, answers).map((q) => ({ key: q.id, label: `${questionLabel(q)}: ${describeAnswer(q, answers[q.id])}` }));
  const finishAt = rows.length;
  const { styles } = useTheme();
  const spoken = useIsScreenReaderEnabled();
  const help = keyHelpText('review', { canGoBack: true, editing: false, numbered: 0, optional: false });
  const title = `Review your answers (${rows.length}). Choose one to change it.`;
  const finishLines = wrapLines(FINISH_LABEL, columns - 2);
  const listHeight = Math.max(2, height - countLines(title, columns) - finishLines.length - keyHelpHeight(help, columns));
  // The answers, then "Looks right — show my plan"; letters are not jumps here (p is the plan).
  const list = useListCursor({ count: rows.length + 1, page: Math.max(1, listHeight - 2), start: () => Math.max(0, rows.findIndex((r) => r.key === focus)) });
  const { cursor } = list;

  useIntent(LIST, (intent) => {
    if (list.navigate(intent)) return;
    switch (intent.type) {
      case 'confirm': {
        const at = list.current();
        const row = rows[at];
        if (at === finishAt) onFinish();
        else if (row) onEdit(row.key);
        return;
      }
      case 'letter':
        // The one letter with a meaning here: p, the plan, named in the key help.
        if (intent.letter === 'p') onFinish();
        return;
      case 'back':
        onBack();
        return;
      default:
        return;
    }
  });

  const onFinishRow = cursor === finishAt;
  // With a screen reader the title and keys were announced once (App); only the highlighted entry is live.
  if (spoken) {
    return onFinishRow ? <Text>{`After the last answer: ${FINISH_LABEL}. Enter shows your plan.`}</Text> : <ChoiceList rows={rows} cursor={cursor} height={listHeight} numbered={false} role="menuitem" columns={columns} />;
  }
  return (
    <Box flexDirection="column">
      <Text {...styles.prompt}>{wrapLines(title, columns).join('\n')}</Text>
      <ChoiceList rows={rows} cursor={onFinishRow ? finishAt - 1 : cursor} showCursor={!onFinishRow} height={listHeight} numbered={false} role="menuitem" columns={columns} />
      <Box aria-role="menuitem" aria-state={{ selected: onFinishRow }}>
        <Text {...(onFinishRow ? styles.active : styles.prompt)}>{finishLines.map((line, i) => `${i === 0 && onFinishRow ? symbols.pointer : ' '} ${line}`).join('\n')}</Text>
      </Box>
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}

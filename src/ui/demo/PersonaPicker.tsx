import { Box, Text } from 'ink';
import type { Persona } from '../../core/persona/personaSchema.js';
import { ChoiceList } from '../ChoiceList.js';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { keyHelpHeight } from '../keyHelpText.js';
import { PRESENTER } from '../keyMap.js';
import { rowsThatFit } from '../listWindow.js';
import { isMove, moveCursor } from '../moveCursor.js';
import { useTheme } from '../theme.js';
import { useIntent } from '../useIntent.js';
import { useSyncedState } from '../useSyncedState.js';
import { isNumbered } from '../ViewProps.js';

export interface PersonaPickerProps {
  title: string;
  personas: readonly Persona[];
  /** The key help line (it differs between the start and the comparison). */
  help: string;
  /** Lines the whole picker may take. */
  height: number;
  columns: number;
  onPick: (persona: Persona) => void;
}

/** A persona per row, name and one-line story: ↑↓ move, Enter or 1–9 picks. Back and quit are the caller's. */
export function PersonaPicker({ title, personas, help, height, columns, onPick }: PersonaPickerProps) {
  const { styles, rowGap } = useTheme();
  const [cursor, update] = useSyncedState(() => 0);
  const listHeight = Math.max(2, height - countLines(title, columns) - keyHelpHeight(help, columns));
  const numbered = isNumbered(personas.length);

  useIntent(PRESENTER, (intent) => {
    if (isMove(intent)) {
      update((c) => moveCursor(intent.type, c, personas.length, rowsThatFit(listHeight, rowGap) - 2));
      return;
    }
    if (intent.type === 'confirm') {
      const persona = personas[update((c) => c)];
      if (persona) onPick(persona);
    }
    // Choosing a persona answers nothing, so a number starts that persona's demo at once.
    if (intent.type === 'digit' && numbered) {
      const persona = personas[intent.digit - 1];
      if (persona) onPick(persona);
    }
  });

  const rows = personas.map((p) => ({ key: p.id, label: p.name, hint: p.story }));
  return (
    <Box flexDirection="column">
      <Text {...styles.prompt}>{title}</Text>
      <ChoiceList rows={rows} cursor={cursor} height={listHeight} numbered={numbered} role="menuitem" />
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}

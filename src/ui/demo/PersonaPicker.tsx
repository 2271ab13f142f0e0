import { Box, Text } from 'ink';
import type { Persona } from '../../core/persona/personaSchema.js';
import { ChoiceList } from '../ChoiceList.js';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { keyHelpHeight } from '../keyHelpText.js';
import { PRESENTER } from '../keyMap.js';
import { rowsThatFit } from '../listWindow.js';
import { useTheme } from '../theme.js';
import { useIntent } from '../useIntent.js';
import { useListCursor } from '../useListCursor.js';
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
  const listHeight = Math.max(2, height - countLines(title, columns) - keyHelpHeight(help, columns));
  const numbered = isNumbered(personas.length);
  const list = useListCursor({ count: personas.length, page: rowsThatFit(listHeight, rowGap) - 2, start: () => 0 });

  useIntent(PRESENTER, (intent) => {
    if (list.navigate(intent)) return;
    if (intent.type === 'confirm') {
      const persona = personas[list.current()];
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
      <ChoiceList rows={rows} cursor={list.cursor} height={listHeight} numbered={numbered} role="menuitem" />
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}

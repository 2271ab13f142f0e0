import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  rows: number;
  columns: number;
}

/**
 * The terminal's size, kept current on resize. `rows` can be fixed by the caller (tests: the
 * ink-testing-library stdout has no `rows`). Falls back to 24×80 when the stream does not say.
 */
export function useTerminalSize(fixedRows?: number): TerminalSize {
  const { stdout } = useStdout();
  const [, setResizes] = useState(0);
  useEffect(() => {
    const onResize = () => setResizes((n) => n + 1);
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return { rows: fixedRows ?? (stdout.rows || 24), columns: stdout.columns || 80 };
}

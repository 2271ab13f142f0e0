import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { PollDecision } from '../../core/class/pollBatch.js';
import { classWords } from '../../messages/classWords.js';
import { renderReportQuestion } from '../../render/reportText.js';
import type { ClassEvent, ClassStatus } from '../../server/classPoll.js';
import { useTerminalSize } from '../useTerminalSize.js';

export interface ClassAppProps {
  /** The lines above the view: what students type, where the server listens, where responses are kept. */
  intro: string[];
  minCell: number;
  initial: ClassStatus;
  subscribe(listener: (event: ClassEvent) => void): () => void;
  request(): Promise<PollDecision>;
  /** q or Ctrl+C: the class is over. */
  onEnd(): void;
  color: boolean;
}

/**
 * The projector view of a class poll: one question of the last published snapshot at a time, the class's bars
 * beside the ASRT figure (suppressed cells say so), and how many responses are in and waiting. It changes only
 * when the poll publishes a snapshot (batches of K or more); the counts below it move as responses arrive.
 * Keys: → PgDn Space Enter next question, ← PgUp b previous, u update now (with K or more waiting), q end.
 */
export function ClassApp({ intro, minCell, initial, subscribe, request, onEnd, color }: ClassAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [status, setStatus] = useState(initial);
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  useEffect(
    () =>
      subscribe((event) => {
        setStatus(event.status);
        if (event.kind === 'snapshot') setNote(null);
      }),
    [subscribe],
  );
  const questions = status.shown?.report.questions ?? [];
  const count = questions.length;
  const at = count === 0 ? 0 : Math.min(index, count - 1);
  // Keys may arrive before the handler of the latest frame is in place: they move from the count drawn last.
  const countRef = useRef(count);
  countRef.current = count;
  const step = (by: number) => setIndex((i) => Math.max(0, Math.min(Math.min(i, countRef.current - 1) + by, countRef.current - 1)));
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) {
      onEnd();
      exit();
      return;
    }
    if (key.rightArrow || key.pageDown || input === ' ' || key.return) step(1);
    else if (key.leftArrow || key.pageUp || input === 'b') step(-1);
    else if (input === 'u') {
      void request().then(
        (decision) => setNote(decision.publish ? null : classWords.tooFew(decision.waiting, minCell)),
        (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
      );
    }
  });
  const width = Math.max(40, columns - 2);
  const question = questions[at];
  // Once answers are on screen, the intro shrinks to the line students type, so the question has the room.
  const shownIntro = status.shown ? intro.slice(0, 2) : intro;
  const lines = question ? renderReportQuestion(question, { width, color }) : [];
  // Intro, a blank, heading, question line, a blank, then below: a blank, status, note, keys.
  const room = Math.max(3, rows - shownIntro.length - 9);
  const fitted = lines.length > room ? [...lines.slice(0, room - 1), classWords.moreRows(lines.length - room + 1)] : lines;
  return (
    <Box flexDirection="column">
      {shownIntro.map((line, i) => (
        <Text key={`intro-${i}`} bold={i === 1} wrap="wrap">
          {line}
        </Text>
      ))}
      <Text> </Text>
      {status.shown && question ? (
        <>
          <Text bold>{classWords.heading(status.shown.number, status.shown.report.respondents, status.shown.added)}</Text>
          <Text>
            {classWords.question(at + 1, count)} · {classWords.bars}
          </Text>
          <Text> </Text>
          {fitted.map((line, i) => (
            <Text key={`row-${i}`}>{line}</Text>
          ))}
        </>
      ) : (
        <Text>{classWords.waitingFirst(minCell)}</Text>
      )}
      <Text> </Text>
      <Text bold>{classWords.status(status.received, status.waiting)}</Text>
      {note ? <Text>{note}</Text> : null}
      <Text>{classWords.keys}</Text>
    </Box>
  );
}

import type { Bank } from '../core/bank/schema.js';
import { pollDecision, type PollDecision, type PollTrigger } from '../core/class/pollBatch.js';
import { reportOfResponses } from '../core/survey/reportOfResponses.js';
import type { Report } from '../core/survey/responseFile.js';
import type { SurveyDb } from './db/SurveyDb.js';

/** One published view of the class: the report over every response stored when it was taken. */
export interface ClassSnapshot {
  /** 1 for the first snapshot shown, then 2, 3 … */
  number: number;
  report: Report;
  /** Changes (new responses and later revisions) since the poll began, all of them in this snapshot. */
  changes: number;
  /** How many more changes it holds than the snapshot before it: K or more. */
  added: number;
}

export interface ClassStatus {
  /** Responses stored (people, not revisions). */
  received: number;
  /** Changes not yet in the view. */
  waiting: number;
  shown: ClassSnapshot | null;
}

export interface ClassPoll {
  /** The database to hand the server: puts go through the poll, which counts them and publishes in batches. */
  db: SurveyDb;
  status(): ClassStatus;
  /** The teacher asked for an update (`u`): published only with K or more changes waiting. */
  request(): Promise<PollDecision>;
  /** Called on every change stored (status moved) and on every new snapshot, in that order. */
  subscribe(listener: (event: ClassEvent) => void): () => void;
}

export type ClassEvent = { kind: 'arrival'; status: ClassStatus } | { kind: 'snapshot'; snapshot: ClassSnapshot; status: ClassStatus };

export interface ClassPollOptions {
  /** The exported bank (exportedBank), as the server reads records against it. */
  bank: Bank;
  minCell: number;
  autoBatch?: number;
  /** Where a failed snapshot after a stored response is said (the response itself is stored all the same). */
  log?: (line: string) => void;
}

/**
 * The live class poll over a survey database (`clinical-path class`). Every put and every snapshot runs under one
 * lock, so the count of changes a snapshot is said to hold is exactly what it read: two snapshots shown one after
 * the other always differ by K or more responses (pollDecision), and nobody's answer can be read off the change.
 * A put that stored something returns only once any snapshot it triggered is published.
 */
export async function createClassPoll(inner: SurveyDb, options: ClassPollOptions): Promise<ClassPoll> {
  const { bank, minCell } = options;
  const rule = { minCell, ...(options.autoBatch === undefined ? {} : { autoBatch: options.autoBatch }) };
  // Responses already there (a --keep folder used before) wait for the first snapshot like new ones.
  let received = await inner.count();
  let changes = received;
  let shown: ClassSnapshot | null = null;
  const listeners = new Set<(event: ClassEvent) => void>();
  let queue: Promise<unknown> = Promise.resolve();
  const locked = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const status = (): ClassStatus => ({ received, waiting: Math.max(0, changes - (shown?.changes ?? 0)), shown });
  const emit = (event: ClassEvent) => {
    for (const listener of listeners) listener(event);
  };

  const publishIf = (trigger: PollTrigger) =>
    locked(async () => {
      const decision = pollDecision({ changes, shownChanges: shown?.changes ?? 0 }, trigger, rule);
      if (!decision.publish) return decision;
      const at = changes;
      const report = await reportOfResponses(bank, inner.responses(), minCell);
      shown = { number: (shown?.number ?? 0) + 1, report, changes: at, added: at - (shown?.changes ?? 0) };
      emit({ kind: 'snapshot', snapshot: shown, status: status() });
      return decision;
    });

  const db: SurveyDb = {
    ...inner,
    engine: inner.engine,
    where: inner.where,
    async put(response, inviteHash) {
      const outcome = await locked(async () => {
        const result = await inner.put(response, inviteHash);
        if (result === 'stored') received += 1;
        if (result === 'stored' || result === 'replaced') changes += 1;
        return result;
      });
      if (outcome === 'stored' || outcome === 'replaced') {
        emit({ kind: 'arrival', status: status() });
        await publishIf('arrival').catch((error: unknown) => options.log?.(`class view not updated: ${error instanceof Error ? error.message : String(error)}`));
      }
      return outcome;
    },
    responses: (batch) => inner.responses(batch),
    close: () => inner.close(),
  };
  return {
    db,
    status,
    request: () => publishIf('request'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import { useInput } from 'ink';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { keyIntents, type Intent, type IntentType, type KeyContext } from './keyMap.js';
import { PaintClockContext, type PaintClock } from './PaintClock.js';

/** A component that listens for keys: where it is (list or text field), what it does, whether it listens now. */
export interface IntentListener {
  context: KeyContext;
  onIntent: (intent: Intent) => void;
  isActive: boolean;
  /** PaintClock's count when the view was first rendered (undefined without a clock). */
  bornAt?: number;
  /** Only these intents reach it (the App listens for Esc and Ctrl+C only); all when absent. */
  accepts?: ReadonlySet<IntentType>;
}

export type ListenerRef = { current: IntentListener };
export type IntentListeners = Set<ListenerRef>;

export const IntentRegistry = createContext<IntentListeners | null>(null);

/** Keys that stop the app are never held back: Esc and Ctrl+C must work whatever is on screen. */
const ALWAYS: ReadonlySet<IntentType> = new Set(['quit', 'cancel']);
/** A key that changed nothing on screen brings no new frame; after this long the next key goes ahead anyway. */
const PAINT_WAIT_MS = 100;

/**
 * The one subscription to Ink's input for a whole app. Ink's own useInput subscribes each component after
 * the screen is drawn (in a passive effect), so a key that arrives in between (a fast typist, a busy
 * machine) reaches the question just answered instead of the one on screen, and is lost. Components
 * register here during the commit that draws them (useIntent), so the view on screen always gets the key.
 *
 * With a PaintClock, keys are paced by what the terminal shows: a view gets no key before its first frame is
 * written (a key for a question never drawn is dropped), and after each key a view handles, the next waits for
 * the frame showing its effect. Keys are queued, never lost, so "2" then Enter chooses option 2 however fast
 * they come, and the screen showed option 2 highlighted before it was saved.
 */
export function IntentRoot({ children }: { children: ReactNode }) {
  const listeners = useRef<IntentListeners>(new Set()).current;
  const clock = useContext(PaintClockContext);
  const pacer = useRef<Pacer | null>(null);
  if (clock && !pacer.current) pacer.current = new Pacer(clock, listeners);
  useEffect(() => pacer.current?.start(), []);
  useInput((input, key) => {
    for (const listener of [...listeners]) {
      const { context, isActive, accepts } = listener.current;
      if (!isActive) continue;
      for (const intent of keyIntents(input, key, context)) {
        if (intent.type === 'none' || (accepts && !accepts.has(intent.type))) continue;
        if (pacer.current && !ALWAYS.has(intent.type)) pacer.current.offer(listener, intent);
        else listener.current.onIntent(intent);
      }
    }
  });
  return <IntentRegistry value={listeners}>{children}</IntentRegistry>;
}

/** Delivers keys to each view in order, each once the terminal shows what the one before did. */
class Pacer {
  private readonly queues = new Map<ListenerRef, Intent[]>();
  /** When each view last handled a key: the frame count then, and the time. */
  private readonly handled = new WeakMap<ListenerRef, { frames: number; at: number }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly clock: PaintClock,
    private readonly listeners: IntentListeners,
  ) {}

  start(): () => void {
    const stop = this.clock.onFrame(() => setImmediate(() => this.flush()));
    return () => {
      stop();
      if (this.timer) clearTimeout(this.timer);
    };
  }

  offer(listener: ListenerRef, intent: Intent): void {
    const queue = this.queues.get(listener) ?? [];
    queue.push(intent);
    this.queues.set(listener, queue);
    this.flush();
  }

  private flush(): void {
    for (const [listener, queue] of this.queues) {
      while (queue.length > 0) {
        const verdict = this.verdict(listener);
        if (verdict === 'wait') break;
        const intent = queue.shift()!;
        if (verdict === 'go') {
          this.handled.set(listener, { frames: this.clock.frames(), at: Date.now() });
          listener.current.onIntent(intent);
        }
      }
      if (queue.length === 0) this.queues.delete(listener);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = this.queues.size > 0 ? setTimeout(() => this.flush(), PAINT_WAIT_MS) : null;
  }

  private verdict(listener: ListenerRef): 'go' | 'wait' | 'drop' {
    const { bornAt, isActive } = listener.current;
    const frames = this.clock.frames();
    // Gone (its question answered) or never drawn: the person never saw the view this key was meant for.
    if (!this.listeners.has(listener) || !isActive || (bornAt !== undefined && frames <= bornAt)) return 'drop';
    const last = this.handled.get(listener);
    if (last && frames <= last.frames && Date.now() - last.at < PAINT_WAIT_MS) return 'wait';
    return 'go';
  }
}

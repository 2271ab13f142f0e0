import { useEffect, useRef, useState } from 'react';

/**
 * Calls `onStep` once, `seconds` after the step identified by `step` began, while `running`. A new step (a
 * manual key moved on or back) starts the wait again; pausing or leaving the stepping view cancels it.
 * Returns the whole seconds left, for the countdown on screen (undefined without autoplay).
 */
export function useAutoplay(seconds: number | undefined, running: boolean, step: string, onStep: () => void): number | undefined {
  const latest = useRef(onStep);
  const [left, setLeft] = useState(seconds === undefined ? undefined : Math.ceil(seconds));
  useEffect(() => {
    latest.current = onStep;
  });
  useEffect(() => {
    if (seconds === undefined || !running) return undefined;
    const started = Date.now();
    setLeft(Math.ceil(seconds));
    // Once a second is enough for a countdown a class reads; the step itself is timed exactly.
    const tick = setInterval(() => setLeft(Math.max(1, Math.ceil(seconds - (Date.now() - started) / 1000))), 1000);
    const timer = setTimeout(() => latest.current(), seconds * 1000);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [seconds, running, step]);
  return left;
}

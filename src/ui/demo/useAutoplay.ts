import { useEffect, useRef } from 'react';

/**
 * Calls `onStep` once, `seconds` after the step identified by `step` began, while `running`. A new step (a
 * manual key moved on or back) starts the wait again; pausing or leaving the stepping view cancels it.
 */
export function useAutoplay(seconds: number | undefined, running: boolean, step: string, onStep: () => void): void {
  const latest = useRef(onStep);
  useEffect(() => {
    latest.current = onStep;
  });
  useEffect(() => {
    if (seconds === undefined || !running) return undefined;
    const timer = setTimeout(() => latest.current(), seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, running, step]);
}

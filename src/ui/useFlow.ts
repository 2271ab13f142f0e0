import { useCallback, useRef, useState } from 'react';
import type { Bank } from '../core/bank/schema.js';
import { flowReducer, type FlowAction, type FlowState } from '../core/flow/flowReducer.js';

export interface Flow {
  state: FlowState;
  dispatch: (action: FlowAction) => void;
  /** Whether anything has been dispatched yet (the resume note shows until then: answer or back). */
  touched: boolean;
}

/**
 * The interview state, owned here and reduced by the pure flowReducer.
 *
 * Why not plain useReducer: the caller must save after every change, and a save is the one thing
 * that must not be skipped. Reducing synchronously in dispatch means onChange runs once per action,
 * before React renders, even when React batches several actions into one render; the ref means
 * actions dispatched before that render still build on each other.
 */
export function useFlow(bank: Bank, initial: FlowState, onChange: (state: FlowState) => void): Flow {
  const ref = useRef(initial);
  const [state, setState] = useState(initial);
  const [touched, setTouched] = useState(false);
  const dispatch = useCallback(
    (action: FlowAction) => {
      const next = flowReducer(bank, ref.current, action);
      setTouched(true);
      if (next === ref.current) return;
      ref.current = next;
      onChange(next);
      setState(next);
    },
    [bank, onChange],
  );
  return { state, dispatch, touched };
}

import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What the user is editing, starting from the stored `value` and following it when it changes
 * elsewhere (another tab, a policy, an import). Only a real change resets the draft: effects run
 * after paint, and a reset on mount would eat what the user typed first.
 */
export function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    setDraft(value);
  }, [key]);
  return [draft, setDraft];
}

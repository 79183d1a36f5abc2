import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `ms` milliseconds: a slider being dragged asks the server once. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

import { useCallback, useEffect, useState } from 'react';
import { countSampleCustomers } from '../../data';

/**
 * How many sample customers the book holds. Not a live query: the count changes only through the
 * load and remove actions, which call `refresh` when they are done.
 */
export function useSampleCount(): { count: number | null; loaded: boolean; refresh(): Promise<void> } {
  // null with loaded=true: counting failed; the controls still work, they just cannot say how many.
  const [count, setCount] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setCount(await countSampleCustomers());
    } catch {
      setCount(null);
    }
    setLoaded(true);
  }, []);
  useEffect(() => {
    let alive = true;
    countSampleCustomers()
      .then(
        (n) => alive && setCount(n),
        () => alive && setCount(null),
      )
      .finally(() => alive && setLoaded(true));
    return () => {
      alive = false;
    };
  }, []);
  return { count, loaded, refresh };
}

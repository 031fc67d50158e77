import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every 30 s so the live lines stay true while the page is open. */
export function useNow(clock: () => Date): Date {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), 30_000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}

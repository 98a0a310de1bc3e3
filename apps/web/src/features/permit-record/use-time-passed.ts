import { useEffect, useState } from "react";

/** Whether the clock has passed an instant (ms), re-rendering the moment it does. */
export function useTimePassed(instant: number | undefined): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (instant === undefined || now > instant) return;
    const timer = setTimeout(() => setNow(Date.now()), instant - now + 1);
    return () => clearTimeout(timer);
  }, [instant, now]);
  return instant !== undefined && now > instant;
}

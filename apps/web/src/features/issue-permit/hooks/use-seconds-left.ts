import { useEffect, useState } from "react";
import { secondsLeft } from "../utils/undo-shortcut.ts";

/** Whole seconds left before a deadline, re-rendering as each one passes while `running`. */
export function useSecondsLeft(deadline: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(deadline, now);
  useEffect(() => {
    if (!running || left === 0) return;
    const toNextSecond = (deadline - now) % 1000 || 1000;
    const timer = setTimeout(() => setNow(Date.now()), toNextSecond);
    return () => clearTimeout(timer);
  }, [deadline, now, running, left]);
  return left;
}

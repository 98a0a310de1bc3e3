import type { Clock } from "../clock.ts";

/** A clock that moves only when told to. */
export function manualClock(start = "2026-03-02T14:00:00.000Z") {
  let now = new Date(start).getTime();
  const clock: Clock = () => new Date(now);
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
    set(instant: string) {
      now = new Date(instant).getTime();
    },
  };
}

export type HoldOutcome = "elapsed" | "released";

export type HeldRequests = ReturnType<typeof createHeldRequests>;

/**
 * Requests kept waiting by `slow` and `hang`. Releasing them (on reset or close) lets their
 * connections be closed, so a hung request never outlives the simulator.
 */
export function createHeldRequests() {
  const releases = new Set<() => void>();
  return {
    /** Waits `ms` (forever when undefined) unless released first or the client goes away. */
    hold(signal: AbortSignal | undefined, ms?: number): Promise<HoldOutcome> {
      return new Promise((resolve) => {
        const finish = (outcome: HoldOutcome) => {
          releases.delete(release);
          clearTimeout(timer);
          signal?.removeEventListener("abort", release);
          resolve(outcome);
        };
        const release = () => finish("released");
        const timer = ms === undefined ? undefined : setTimeout(() => finish("elapsed"), ms);
        releases.add(release);
        signal?.addEventListener("abort", release, { once: true });
        if (signal?.aborted) release();
      });
    },

    releaseAll(): void {
      for (const release of [...releases]) release();
    },

    count: (): number => releases.size,
  };
}

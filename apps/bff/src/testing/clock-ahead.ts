/**
 * Preloaded into a server process (`node --import tsx --import <this file's URL>?aheadMs=60000`)
 * to run its clock ahead of everyone else's, as a machine whose clock drifted: every `Date` and
 * `Date.now()` in that process reads the shifted time. For tests only.
 */
const aheadMs = Number(new URL(import.meta.url).searchParams.get("aheadMs") ?? "0");

const SystemDate = Date;

class DriftedDate extends SystemDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(SystemDate.now() + aheadMs);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }

  static override now(): number {
    return SystemDate.now() + aheadMs;
  }
}

globalThis.Date = DriftedDate as DateConstructor;

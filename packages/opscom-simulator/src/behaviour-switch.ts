import { type Behaviour, type Misbehaviour, NORMAL_BEHAVIOUR } from "./behaviour.ts";
import type { PermitRoute } from "./permit-route.ts";

export type BehaviourSwitch = ReturnType<typeof createBehaviourSwitch>;

/** The behaviour in force; a misbehaviour with `times` counts down, then gives way to normal. */
export function createBehaviourSwitch() {
  let current: Behaviour = NORMAL_BEHAVIOUR;
  return {
    current: (): Behaviour => structuredClone(current),

    set(behaviour: Behaviour): void {
      current = behaviour;
    },

    /** The misbehaviour this request meets, if any, counted against `times`. */
    take(route: PermitRoute): Misbehaviour | null {
      if (current.mode === "normal" || !current.routes.includes(route)) return null;
      const taken = current;
      if (taken.times !== null) {
        current = taken.times > 1 ? { ...taken, times: taken.times - 1 } : NORMAL_BEHAVIOUR;
      }
      return taken;
    },
  };
}

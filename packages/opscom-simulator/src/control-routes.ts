import { Hono } from "hono";
import { type Behaviour, parseBehaviour } from "./behaviour.ts";
import type { SimulatorState } from "./simulator-state.ts";

export type SimulatorControls = {
  state: SimulatorState;
  behaviour(): Behaviour;
  applyBehaviour(behaviour: Behaviour): void;
  reset(): void;
};

/** Inspection and control for tests and demos, mounted under `/__simulator`. */
export function controlRoutes(controls: SimulatorControls): Hono {
  return new Hono()
    .get("/requests", (c) => c.json({ requests: controls.state.requests() }))
    .get("/permits", (c) => c.json({ permits: controls.state.permits() }))
    .get("/permits/:referenceId", (c) => {
      const referenceId = c.req.param("referenceId");
      const permit = controls.state.permit(referenceId);
      return permit
        ? c.json(permit)
        : c.json({ error: `No permit has the reference ${referenceId}.` }, 404);
    })
    .post("/reset", (c) => {
      controls.reset();
      return c.body(null, 204);
    })
    .get("/behaviour", (c) => c.json(controls.behaviour()))
    .post("/behaviour", async (c) => {
      const parsed = parseBehaviour(await readJson(c.req.raw));
      if (!parsed.ok) return c.json({ error: parsed.error }, 400);
      controls.applyBehaviour(parsed.behaviour);
      return c.json(controls.behaviour());
    });
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

import { reshapedResponse } from "./answer-shapes.ts";
import type { DeliveryPlan } from "./delivery-plan.ts";
import { htmlErrorPage, malformedAnswer, truncatedAnswer } from "./garbled-answers.ts";
import type { HeldRequests } from "./held-requests.ts";
import { closeWithoutAnswer, resetConnection } from "./node-connection.ts";
import { httpStatusOf, opscomResponse } from "./opscom-answer.ts";

export type Delivery = {
  /** The Hono context's env: the Node request and response when served over HTTP. */
  env: unknown;
  signal: AbortSignal | undefined;
  held: HeldRequests;
  errorStatus: number;
};

/** Sends the answer as planned: intact, late, garbled, or not at all. */
export async function deliverAnswer(plan: DeliveryPlan, delivery: Delivery): Promise<Response> {
  const { env, signal, held, errorStatus } = delivery;
  switch (plan.kind) {
    case "answer":
      return opscomResponse(plan.answer, errorStatus);
    case "slow":
      return (await held.hold(signal, plan.delayMs)) === "elapsed"
        ? opscomResponse(plan.answer, errorStatus)
        : closeWithoutAnswer(env);
    case "hang":
      await held.hold(signal);
      return closeWithoutAnswer(env);
    case "reset":
      return resetConnection(env);
    case "html500":
      return htmlErrorPage();
    case "malformed":
      return malformedAnswer(plan.answer);
    case "truncated":
      return truncatedAnswer(env, plan.answer, httpStatusOf(plan.answer, errorStatus));
    case "reshape":
      return reshapedResponse(plan.answer, plan.shape, errorStatus);
  }
}

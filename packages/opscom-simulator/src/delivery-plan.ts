import type { AnswerShape } from "./answer-shapes.ts";
import type { Misbehaviour } from "./behaviour.ts";
import { type OpscomAnswer, opscomError } from "./opscom-answer.ts";

/** How the answer reaches the client; `answer` is null when the request was never carried out. */
export type DeliveryPlan =
  | { kind: "answer"; answer: OpscomAnswer }
  | { kind: "slow"; answer: OpscomAnswer; delayMs: number }
  | { kind: "hang" | "reset" | "html500"; answer: OpscomAnswer | null }
  | { kind: "malformed" | "truncated"; answer: OpscomAnswer }
  | { kind: "reshape"; answer: OpscomAnswer; shape: AnswerShape };

/** Carries out the request (through `carryOut`) only when the misbehaviour lets it happen. */
export function planDelivery(
  misbehaviour: Misbehaviour | null,
  carryOut: () => OpscomAnswer,
): DeliveryPlan {
  if (misbehaviour === null) return { kind: "answer", answer: carryOut() };
  switch (misbehaviour.mode) {
    case "reject":
      return {
        kind: "answer",
        answer: opscomError(misbehaviour.errorCode, misbehaviour.errorMessage),
      };
    case "slow":
      return { kind: "slow", answer: carryOut(), delayMs: misbehaviour.delayMs };
    case "hang":
    case "reset":
    case "html500":
      return { kind: misbehaviour.mode, answer: misbehaviour.createsPermit ? carryOut() : null };
    case "malformed":
    case "truncated":
      return { kind: misbehaviour.mode, answer: carryOut() };
    case "reshape":
      return { kind: "reshape", answer: carryOut(), shape: misbehaviour.shape };
  }
}

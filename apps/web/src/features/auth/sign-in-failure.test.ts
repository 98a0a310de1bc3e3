import { describe, expect, it } from "vitest";
import { plainProblem } from "../../lib/api-problem.ts";
import {
  describeSignInFailure,
  isRefusedUnchecked,
  signInFailureTitle,
} from "./sign-in-failure.ts";

describe("describeSignInFailure", () => {
  it("heads the same refusal for an unknown user as for a wrong password: either may be wrong", () => {
    const problem = plainProblem("unauthenticated", 401);
    expect(signInFailureTitle(problem, "en-CA")).toBe("Wrong username or password");
    expect(describeSignInFailure(problem, "en-CA")).toBe("Check both, then try again.");
    expect(signInFailureTitle(problem, "fr-CA")).toBe("Nom d'utilisateur ou mot de passe erroné");
    expect(describeSignInFailure(problem, "fr-CA")).toBe("Vérifiez les deux, puis réessayez.");
  });

  it("heads a refusal to wait as not signed in", () => {
    const problem = { ...plainProblem("throttled", 429), retryAfterSeconds: 90 };
    expect(signInFailureTitle(problem, "en-CA")).toBe("You are not signed in");
  });

  it("says how long to wait when the BFF throttles the account", () => {
    const problem = { ...plainProblem("throttled", 429), retryAfterSeconds: 90 };
    expect(describeSignInFailure(problem, "en-CA")).toBe(
      "Too many failed sign-ins for this account. Wait 2 minutes, then try again.",
    );
    expect(describeSignInFailure({ ...problem, retryAfterSeconds: 5 }, "en-CA")).toMatch(
      /Wait 5 seconds/,
    );
    expect(describeSignInFailure({ ...problem, retryAfterSeconds: 1 }, "fr-CA")).toBe(
      "Trop de connexions échouées pour ce compte. Attendez 1 seconde, puis réessayez.",
    );
  });

  it("says when the network address, not the account, must wait, in both languages", () => {
    const problem = {
      ...plainProblem("address_throttled", 429),
      retryAfterSeconds: 30,
    };
    expect(describeSignInFailure(problem, "en-CA")).toBe(
      "Too many failed sign-ins from this network address, whatever the username. Wait 30 seconds, then try again.",
    );
    expect(describeSignInFailure(problem, "fr-CA")).toBe(
      "Trop de connexions échouées depuis cette adresse réseau, quel que soit le nom d'utilisateur. Attendez 30 secondes, puis réessayez.",
    );
  });

  it("says Permit Desk is busy and how long to wait, keeping what was typed", () => {
    const problem = { ...plainProblem("busy", 503), retryAfterSeconds: 1 };
    expect(describeSignInFailure(problem, "en-CA")).toBe(
      "Permit Desk is busy checking other sign-ins. Wait 1 second, then try again: what you typed is kept.",
    );
    expect(describeSignInFailure(problem, "fr-CA")).toBe(
      "Permit Desk est occupé à vérifier d'autres connexions. Attendez 1 seconde, puis réessayez : ce que vous avez saisi est conservé.",
    );
    expect(isRefusedUnchecked(problem)).toBe(true);
    expect(isRefusedUnchecked(plainProblem("unauthenticated", 401))).toBe(false);
  });

  it("gives any other refusal in the reader's language", () => {
    const problem = plainProblem("bad_request", 400, { code: "body_not_json" });
    expect(describeSignInFailure(problem, "fr-CA")).toBe(
      "Le corps de la demande n'est pas du JSON valide.",
    );
  });
});

import { isOneOf } from "@permit-desk/schema";
import type { ApiProblem } from "../../lib/api-problem.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { problemText } from "../../lib/i18n/problem-text.ts";
import { authMessages } from "./messages.ts";

type AuthWords = ReturnType<typeof authMessages.in>;

function inWords(seconds: number, t: AuthWords): string {
  if (seconds < 60) return t("seconds", { count: seconds });
  return t("minutes", { count: Math.ceil(seconds / 60) });
}

/** The refusals that say how long to wait, each worded under its own code. */
const WAIT_CODES = ["throttled", "address_throttled", "busy"] as const;

/** A refusal made before the password was checked: the person waits, then tries the same again. */
export function isRefusedUnchecked(problem: ApiProblem): boolean {
  return isOneOf(WAIT_CODES, problem.code);
}

const isCredentialsWrong = (problem: ApiProblem) => problem.code === "unauthenticated";

/** The heading of a refusal: a wrong username or password says so, anything else that nobody is signed in. */
export function signInFailureTitle(problem: ApiProblem, locale: Locale): string {
  const t = authMessages.in(locale);
  return isCredentialsWrong(problem) ? t("credentialsWrong") : t("notSignedIn");
}

/** What a refused sign-in tells the person under its heading; never whether the username exists. */
export function describeSignInFailure(problem: ApiProblem, locale: Locale): string {
  const t = authMessages.in(locale);
  if (isCredentialsWrong(problem)) return t("checkCredentials");
  const { code } = problem;
  if (isOneOf(WAIT_CODES, code)) {
    const wait =
      problem.retryAfterSeconds === undefined
        ? t("aMoment")
        : inWords(problem.retryAfterSeconds, t);
    return t(code, { wait });
  }
  return problemText(problem, locale);
}

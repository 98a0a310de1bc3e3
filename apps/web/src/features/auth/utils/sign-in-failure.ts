import type { ApiProblem } from "../../../lib/api-problem.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { authMessages } from "../messages.ts";

type AuthWords = ReturnType<typeof authMessages.in>;

function inWords(seconds: number, t: AuthWords): string {
  if (seconds < 60) return t("seconds", { count: seconds });
  return t("minutes", { count: Math.ceil(seconds / 60) });
}

/** What a refused sign-in tells the person; never whether the username exists. */
export function describeSignInFailure(problem: ApiProblem, locale: Locale): string {
  const t = authMessages.in(locale);
  if (problem.code === "unauthenticated") return t("wrongCredentials");
  if (problem.code === "throttled") {
    const wait =
      problem.retryAfterSeconds === undefined
        ? t("aMoment")
        : inWords(problem.retryAfterSeconds, t);
    return t("throttled", { wait });
  }
  return problemText(problem, locale);
}

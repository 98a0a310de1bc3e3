import { useCallback } from "react";
import { type ApiProblem, problemMessage } from "../api-problem.ts";
import { problemOf } from "../api-request-error.ts";
import type { Locale } from "./locale.ts";
import { useLocale } from "./locale-context.tsx";
import { wordsOfAnswer } from "./problem-words.ts";

/** A problem's message in the reader's language, the BFF's codes worded too. */
export function problemText(problem: ApiProblem, locale: Locale): string {
  return problemMessage(problem, locale, wordsOfAnswer);
}

/** The message of whatever a request threw, in the language the user chose. */
export function useProblemText(): (error: unknown) => string {
  const { locale } = useLocale();
  return useCallback((error: unknown) => problemText(problemOf(error), locale), [locale]);
}

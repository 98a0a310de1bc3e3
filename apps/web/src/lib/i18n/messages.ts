import { useMemo } from "react";
import rosetta from "rosetta";
import type { Locale } from "./locale.ts";
import { useLocale } from "./locale-context.tsx";

/**
 * A message: text with `{{name}}` placeholders, or a function of its parameters where the
 * wording depends on them (plurals, choices).
 */
// biome-ignore lint/suspicious/noExplicitAny: a message function may take any parameter shape.
export type Message = string | ((params: any) => string);
export type Catalog = Record<string, Message>;

/** Another language's catalog: every key of the English one, each a text or the same function. */
export type Translation<C extends Catalog> = {
  [K in keyof C]: C[K] extends string ? string : C[K];
};

type ParamsOf<M> = M extends (params: infer P) => string ? [params: P] : [params?: TextParams];
type TextParams = Record<string, string | number>;

/**
 * Words for each of a fixed set of values, English then French: a catalog's message picks one
 * (`STATES[state][0]` in English), so each value is named once for both languages.
 */
export type WordPairs<K extends string> = Record<K, readonly [english: string, french: string]>;

/** Looks a message of one catalog up in the current language. */
export type Translate<C extends Catalog> = <K extends keyof C & string>(
  key: K,
  ...params: ParamsOf<C[K]>
) => string;

const i18n = rosetta<Record<string, Catalog>>();

export type Messages<C extends Catalog> = {
  /** The messages in a given language, for code outside React (and for tests). */
  in: (locale: Locale) => Translate<C>;
};

/**
 * Registers a feature's messages in both languages. Each feature keeps its own catalog, so a
 * lazily loaded page brings its words with it.
 */
export function defineMessages<C extends Catalog>(
  namespace: string,
  catalogs: { "en-CA": C; "fr-CA": Translation<C> },
): Messages<C> {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    i18n.set(locale, { [namespace]: catalog });
  }
  return {
    in:
      (locale) =>
      (key, ...params) =>
        i18n.t([namespace, key], params[0], locale),
  };
}

/** A catalog's messages in the language the user chose; components re-render when they switch. */
export function useMessages<C extends Catalog>(messages: Messages<C>): Translate<C> {
  const { locale } = useLocale();
  return useMemo(() => messages.in(locale), [messages, locale]);
}

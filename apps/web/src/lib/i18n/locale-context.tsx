import {
  createContext,
  type ReactNode,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from "react";
import { initialLocale, type Locale, rememberLocale } from "./locale.ts";

type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void };

const LocaleContext = createContext<LocaleState>({ locale: "en-CA", setLocale: () => {} });

/** Holds the language the user chose, remembers it on this browser and tells the page's `lang`. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale());
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const state = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next) => {
        rememberLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

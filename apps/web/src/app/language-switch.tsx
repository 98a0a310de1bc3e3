import { classNames } from "../lib/class-names.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { LOCALE_NAMES, LOCALES } from "../lib/i18n/locale.ts";
import { useLocale } from "../lib/i18n/locale-context.tsx";
import { useMessages } from "../lib/i18n/messages.ts";

/**
 * English | Français, on every screen. Each name is written, and spoken, in its own language;
 * the page changes at once and the choice is remembered on this browser.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale } = useLocale();
  const t = useMessages(commonMessages);
  return (
    <fieldset className={classNames("flex items-center gap-1", className)}>
      <legend className="sr-only">{t("language")}</legend>
      {LOCALES.map((option, index) => (
        <span key={option} className="flex items-center gap-1">
          {index > 0 && (
            <span aria-hidden="true" className="text-slate-400">
              |
            </span>
          )}
          <button
            type="button"
            lang={option}
            aria-pressed={option === locale}
            onClick={() => setLocale(option)}
            className={classNames(
              "inline-flex min-h-11 items-center rounded-md px-2 text-sm font-semibold text-slate-100 hover:bg-slate-700",
              option === locale &&
                "bg-slate-700 text-white underline decoration-2 underline-offset-4",
              "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-white",
            )}
          >
            {LOCALE_NAMES[option]}
          </button>
        </span>
      ))}
    </fieldset>
  );
}

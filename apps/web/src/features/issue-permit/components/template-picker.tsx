import type { Template } from "@permit-desk/schema";
import { useEffect, useRef } from "react";
import { useFormContext } from "react-hook-form";
import { classNames } from "../../../lib/class-names.ts";
import { describeDuration } from "../../../lib/duration-words.ts";
import { formatAmount } from "../../../lib/i18n/format.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form.ts";

export type KeyPress = Pick<KeyboardEvent, "altKey" | "ctrlKey" | "metaKey" | "shiftKey" | "code">;

/**
 * The key pressed with Alt alone, by its place rather than its character (Option+1 types ¡ and
 * Option+Z types Ω on a Mac), for the page's shortcuts; nothing for any other press.
 */
export function altShortcutCode(event: KeyPress): string | undefined {
  const altAlone = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  return altAlone ? event.code : undefined;
}

/** Alt with a digit: the number of the template it applies. */
function templateNumberOfKey(event: KeyPress): number | undefined {
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(altShortcutCode(event) ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * Alt+1…Alt+9 apply the numbered templates from anywhere on the page, the plate field included
 * (a plain digit there is part of a plate); Alt+0 clears the template.
 */
export function useTemplateKeys(
  templates: readonly Template[],
  apply: (template: Template | undefined) => void,
): void {
  const latest = useRef({ templates, apply });
  latest.current = { templates, apply };
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const number = templateNumberOfKey(event);
      if (number === undefined) return;
      const { templates: current, apply: applyNow } = latest.current;
      const template = current.find((candidate) => candidate.number === number);
      if (number !== 0 && template === undefined) return;
      event.preventDefault();
      applyNow(template);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

type TemplatePickerProps = {
  templates: readonly Template[];
  onApply: (template: Template | undefined) => void;
  disabled: boolean;
};

/** "Lot 4 · 2 hours · free": what applying a template sets, in words. */
export function useTemplateSummary() {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  return (template: Template): string =>
    [
      template.zone,
      describeDuration(template.duration, locale),
      template.amount === undefined
        ? t("templateFree")
        : formatAmount(template.amount, template.currency, locale),
    ].join(" · ");
}

/** The member's numbered templates; a click, Space on the focused one, or Alt+number applies one. */
export function TemplatePicker({ templates, onApply, disabled }: TemplatePickerProps) {
  const t = useMessages(issuePermitMessages);
  const summary = useTemplateSummary();
  const { register, watch } = useFormContext<PermitFormValues>();
  const applied = watch("template");
  const list = useRef<HTMLDivElement>(null);
  // However many templates a site has, the list keeps to its box: the one applied, by a click or
  // by Alt+number, is scrolled into it.
  useEffect(() => {
    // Only the list's own box scrolls: the page holds still.
    const box = list.current;
    const inputs = [...(box?.querySelectorAll("input") ?? [])];
    const chosen = inputs.find((input) => input.value === applied)?.closest("label");
    if (!box || !chosen) return;
    const bottom = chosen.offsetTop + chosen.offsetHeight;
    if (chosen.offsetTop < box.scrollTop) box.scrollTop = chosen.offsetTop;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
  }, [applied]);
  const registration = register("template", {
    onChange: (event: { target: { value: string } }) =>
      onApply(templates.find(({ id }) => id === event.target.value)),
  });
  if (templates.length === 0) return null;
  const options = [
    { id: "", key: 0, name: t("templateNone"), detail: "" },
    ...templates.map((template) => ({
      id: template.id,
      key: template.number ?? 0,
      name: template.name,
      detail: summary(template),
    })),
  ];
  return (
    <fieldset aria-describedby="template-keys-hint">
      <legend className="font-semibold text-slate-900">{t("templatesLegend")}</legend>
      <p id="template-keys-hint" className="text-sm text-slate-700 pointer-coarse:hidden">
        {t("templatesHint")}
      </p>
      <div
        ref={list}
        // At the desk, the list takes what the window leaves under the plate, and scrolls inside
        // it: the whole form, Issue included, stays on one screen however many templates there are.
        className="relative mt-2 grid max-h-72 gap-2 overflow-y-auto p-1 sm:grid-cols-2 lg:max-h-[max(7rem,calc(100dvh-35rem))]"
      >
        {options.map((option) => (
          <label
            key={option.id || "none"}
            className={classNames(
              "flex min-h-11 cursor-pointer items-start gap-3 rounded border px-3 py-1.5",
              applied === option.id
                ? "border-blue-700 bg-blue-50 ring-2 ring-blue-700"
                : "border-slate-400 bg-white",
            )}
          >
            <input
              {...registration}
              type="radio"
              value={option.id}
              disabled={disabled}
              className="mt-1 size-5 shrink-0 accent-blue-700"
            />
            <span className="min-w-0">
              <span className="block font-semibold text-slate-950">{option.name}</span>
              {option.detail && (
                <span className="block text-sm text-slate-800">{option.detail}</span>
              )}
            </span>
            <kbd className="ml-auto rounded border border-slate-500 bg-slate-100 px-1.5 text-sm text-slate-900 pointer-coarse:hidden">
              {`Alt+${option.key}`}
            </kbd>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// Atkinson Hyperlegible Mono tells 0 from O and 1 from I at a glance. Only the Latin subset, in
// the two weights used: plates are A–Z and 0–9. Imported here, so the font comes with the
// lazily loaded Issue page rather than the first screen.
import "@fontsource/atkinson-hyperlegible-mono/latin-400.css";
import "@fontsource/atkinson-hyperlegible-mono/latin-700.css";
import { confusableMarks, type PlateCharacterMark } from "@permit-desk/schema";
import { classNames } from "../../../lib/class-names.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { useSettledValue } from "../hooks/use-settled-value.ts";
import { type IssuePermitT, issuePermitMessages } from "../messages.ts";

export const plateFont = "font-[family-name:'Atkinson_Hyperlegible_Mono',ui-monospace,monospace]";

/** What a confusable character is, said plainly under it: "zero", "letter O"; nothing otherwise. */
export function characterCaption(mark: PlateCharacterMark, t: IssuePermitT): string | undefined {
  if (!mark.confusable) return undefined;
  return mark.kind === "digit" ? t(mark.character) : t("letter", { letter: mark.character });
}

function spoken(mark: PlateCharacterMark, t: IssuePermitT): string {
  const caption = characterCaption(mark, t) ?? mark.character;
  return mark.confusable && mark.kind === "digit" ? t("digit", { name: caption }) : caption;
}

/**
 * The plate spelled out for a screen reader, each look-alike said for what it is:
 * "Plate: A, B, digit one, letter O, 3". Empty for an empty plate.
 */
export function plateReading(plate: string, t: IssuePermitT): string {
  const marks = confusableMarks(plate);
  if (marks.length === 0) return "";
  return t("reading", {
    characters: marks.map((mark) => spoken(mark, t)).join(", "),
  });
}

/** Long enough that a screen reader hears the plate once typing stops, not at every key. */
const READING_PAUSE_MS = 1_000;

type PlateEchoProps = {
  /** The plate as it will be sent. */
  plate: string;
  /** Gives the spelled-out reading this id, for the plate field's `aria-describedby`. */
  readingId?: string;
};

/**
 * The plate large, a character a cell, in a font that tells 0 from O, with each look-alike
 * underlined and named beneath ("zero", "letter O"). Screen readers get it spelled out, once
 * typing pauses.
 */
export function PlateEcho({ plate, readingId }: PlateEchoProps) {
  const t = useMessages(issuePermitMessages);
  const marks = confusableMarks(plate);
  const reading = plateReading(plate, t);
  const settledReading = useSettledValue(reading, READING_PAUSE_MS);
  return (
    <div className="mt-2">
      {marks.length > 0 && (
        <div aria-hidden="true" className={classNames(plateFont, "flex flex-wrap gap-1.5")}>
          {marks.map((mark, index) => {
            const caption = characterCaption(mark, t);
            return (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: a plate's characters repeat; their place is what tells them apart.
                key={index}
                className="flex flex-col items-center"
                data-confusable={mark.confusable || undefined}
              >
                <span
                  className={classNames(
                    "flex h-14 min-w-10 items-center justify-center rounded-md border px-1.5 text-4xl font-bold text-slate-950",
                    mark.confusable
                      ? "border-amber-700 border-b-4 bg-amber-50"
                      : "border-slate-400 bg-white",
                  )}
                >
                  {mark.character}
                </span>
                <span className="mt-0.5 min-h-4 whitespace-nowrap text-xs text-amber-900">
                  {caption}
                </span>
              </span>
            );
          })}
        </div>
      )}
      {readingId !== undefined && (
        <p id={readingId} className="sr-only">
          {reading}
        </p>
      )}
      <p role="status" className="sr-only">
        {settledReading === reading ? reading : ""}
      </p>
    </div>
  );
}

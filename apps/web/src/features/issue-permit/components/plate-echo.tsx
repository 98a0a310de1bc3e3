import { confusableMarks } from "@permit-desk/schema";
import { classNames } from "../../../lib/class-names.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { useSettledValue } from "../hooks/use-settled-value.ts";
import { issuePermitMessages } from "../messages.ts";
import { characterCaption, plateReading } from "../utils/plate-reading.ts";
import { plateFont } from "./plate-font.ts";

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

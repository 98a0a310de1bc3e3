import type { OutcomeWords } from "./outcome-words.ts";

type OutcomeTextProps = { words: OutcomeWords; asRecorded: string };

/** Text in the page's words, or text kept as it was recorded, said to be so. */
export function OutcomeText({ words, asRecorded }: OutcomeTextProps) {
  if (!words.recorded) return words.text;
  return (
    <>
      <span className="font-mono">{words.text}</span>{" "}
      <span className="text-slate-600">({asRecorded})</span>
    </>
  );
}

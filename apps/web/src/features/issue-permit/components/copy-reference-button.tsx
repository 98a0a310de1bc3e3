import { useEffect, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { classNames } from "../../../lib/class-names.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";

type CopyState = "idle" | "copied" | "failed";
const FEEDBACK_MS = 3000;

const FEEDBACK = { copied: "copied", failed: "copyFailed" } as const;

export function CopyReferenceButton({ referenceId }: { referenceId: string }) {
  const t = useMessages(issuePermitMessages);
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(referenceId);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={copy}>
        {t("copyReference")}
      </Button>
      {/* Last in the row, after any sibling button, so the feedback never pushes them around. */}
      <span
        role="status"
        className={classNames(
          "order-last text-sm font-semibold",
          state === "failed" ? "text-red-700" : "text-green-800",
        )}
      >
        {state === "copied" && <span aria-hidden="true">✓ </span>}
        {state !== "idle" && t(FEEDBACK[state])}
      </span>
    </>
  );
}

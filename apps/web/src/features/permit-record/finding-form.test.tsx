import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReconciliationForm } from "./finding-form.tsx";

function render() {
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <ReconciliationForm recordId="entry-1" />
    </QueryClientProvider>,
  );
}

describe("the reconciliation form's note", () => {
  it("takes everything typed, so that nothing is cut silently", () => {
    const textarea = /<textarea[^>]*>/.exec(render())?.[0] ?? "";
    expect(textarea).toContain('name="note"');
    expect(textarea).not.toMatch(/maxlength/i);
  });

  it("says its limit in the hint the note is described by", () => {
    const html = render();
    const describedBy = /<textarea[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1] ?? "";
    const hint = new RegExp(`id="${describedBy}"[^>]*>(.*?)</div>`).exec(html)?.[1] ?? "";
    expect(hint).toContain("At most 1,000 characters.");
  });
});

import type { OpscomHealth, StaffMember } from "@permit-desk/schema";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sessionQueryOptions } from "../lib/session.ts";
import { OpscomBanner, OpscomFailingNote, opscomHealthQueryOptions } from "./opscom-health.tsx";

const member: StaffMember = {
  id: "u1",
  username: "ada",
  displayName: "Ada",
  role: "admin",
  zones: [],
};

function render(health: OpscomHealth | undefined, signedIn = true) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, signedIn ? member : null);
  if (health) queryClient.setQueryData(opscomHealthQueryOptions().queryKey, health);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <OpscomBanner />
      <OpscomFailingNote />
    </QueryClientProvider>,
  );
}

const failing: OpscomHealth = { state: "failing", since: "2026-12-06T11:00:00Z", failures: 3 };

describe("OpscomBanner and OpscomFailingNote", () => {
  it("say that OPSCOM is not answering, and what issuing anyway does, while it is failing", () => {
    const html = render(failing);
    expect(html).toContain(
      "OPSCOM is not answering: permits may not be confirmed; try again in a few minutes.",
    );
    expect(html).toContain("If OPSCOM does not answer, the permit stays “Not confirmed”");
  });

  it("keep an empty status region and nothing else while OPSCOM answers or nothing is known", () => {
    expect(render({ state: "ok" })).toBe('<div role="status"></div>');
    expect(render(undefined)).toBe('<div role="status"></div>');
  });

  it("say nothing once nobody is signed in", () => {
    expect(render(failing, false)).toBe('<div role="status"></div>');
  });
});

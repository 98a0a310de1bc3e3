import { outcomeDetail } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DescriptionList } from "../../components/ui/description-list.tsx";
import type { Locale } from "../../lib/i18n/locale.ts";
import { permitRecordMessages } from "./messages.ts";
import { answerFacts, formatDuration, sentBodyEntries } from "./opscom-answer.tsx";

const textOf = (html: string) =>
  html
    .replace(/<\/dd>/g, "|")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ \|/g, "|")
    .replaceAll("&#x27;", "'")
    .trim();

function render(opscom: Parameters<typeof answerFacts>[0], locale: Locale) {
  const items = answerFacts(opscom, permitRecordMessages.in(locale), locale);
  return textOf(renderToStaticMarkup(<DescriptionList items={items} />));
}

const garbled = {
  httpStatus: 500,
  reason: "unreadable_answer",
  detail: outcomeDetail("answer_not_json_object", { httpStatus: 500 }),
  durationMs: 120,
};

describe("OPSCOM's answer on a permit record", () => {
  it("words the reason and the detail of an unreadable answer in French", () => {
    const text = render(garbled, "fr-CA");
    expect(text).toContain("Motif Réponse illisible|");
    expect(text).toContain("Détail HTTP 500 : la réponse n'est pas un objet JSON|");
    expect(text).not.toContain("unreadable_answer");
  });

  it("words the reason in English too", () => {
    expect(render(garbled, "en-CA")).toContain("Reason The answer could not be read|");
  });

  it("shows OPSCOM's own words as they were recorded, and says so", () => {
    const refused = {
      httpStatus: 200,
      errorCode: 9017,
      detail: outcomeDetail("opscom_message", { text: "Plate is banned." }),
    };
    expect(render(refused, "fr-CA")).toContain("Détail Plate is banned. (tel que consigné)|");
    expect(render(refused, "en-CA")).toContain("Detail Plate is banned. (as recorded)|");
  });
});

describe("formatDuration", () => {
  it("shows short waits in milliseconds", () => {
    expect(formatDuration(850, "en-CA")).toBe("850 ms");
  });

  it("shows long waits in seconds", () => {
    expect(formatDuration(2013, "en-CA")).toBe("2.01 s");
    expect(formatDuration(12000, "en-CA")).toBe("12 s");
  });

  it("writes the decimal comma in French", () => {
    expect(formatDuration(2013, "fr-CA")).toBe("2,01 s");
  });
});

describe("sentBodyEntries", () => {
  it("keeps the wire names and their order, strings as sent", () => {
    expect(sentBodyEntries({ LicencePlate: "AB123", zone: "Lot 4", Amount: "14.50" })).toEqual([
      ["LicencePlate", "AB123"],
      ["zone", "Lot 4"],
      ["Amount", "14.50"],
    ]);
  });

  it("writes numbers, booleans, null and nested values as JSON", () => {
    expect(sentBodyEntries({ n: 3, b: false, x: null, o: { a: [1] } })).toEqual([
      ["n", "3"],
      ["b", "false"],
      ["x", "null"],
      ["o", '{"a":[1]}'],
    ]);
  });
});

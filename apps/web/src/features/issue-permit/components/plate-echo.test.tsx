import { confusableMarks } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import { characterCaption, PlateEcho, plateReading } from "./plate-echo.tsx";

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("PlateEcho", () => {
  it("draws each character in its own cell and names the look-alikes under them", () => {
    const html = renderToStaticMarkup(<PlateEcho plate="AB1O3" />);
    const cells = html.match(/<span class="flex flex-col items-center"/g) ?? [];
    expect(cells).toHaveLength(5);
    expect(html.match(/data-confusable="true"/g)).toHaveLength(3);
    const visible = html.slice(0, html.indexOf("<p "));
    expect(textOf(visible)).toBe("A B letter B 1 one O letter O 3");
  });

  it("hides the cells from screen readers, which get the plate spelled out instead", () => {
    const html = renderToStaticMarkup(<PlateEcho plate="AB1O3" readingId="plate-reading" />);
    expect(html).toMatch(/^<div class="mt-2"><div aria-hidden="true"/);
    expect(html).toContain(
      '<p id="plate-reading" class="sr-only">Plate: A, letter B, digit one, letter O, 3</p>',
    );
    expect(html).toContain('<p role="status" class="sr-only">');
  });

  it("draws no cells for an empty plate, and keeps the status region for the next one", () => {
    const html = renderToStaticMarkup(<PlateEcho plate="" />);
    expect(html).toBe('<div class="mt-2"><p role="status" class="sr-only"></p></div>');
  });
});

const english = issuePermitMessages.in("en-CA");
const french = issuePermitMessages.in("fr-CA");

describe("plateReading", () => {
  it("spells the plate out, saying whether each look-alike is a digit or a letter", () => {
    expect(plateReading("AB1O3", english)).toBe("Plate: A, letter B, digit one, letter O, 3");
  });

  it("reads the plate as it will be sent", () => {
    expect(plateReading("ab-1o 3", english)).toBe("Plate: A, letter B, digit one, letter O, 3");
  });

  it("names every confusable digit", () => {
    expect(plateReading("01258", english)).toBe(
      "Plate: digit zero, digit one, digit two, digit five, digit eight",
    );
  });

  it("speaks French", () => {
    expect(plateReading("S0", french)).toBe("Plaque : lettre S, chiffre zéro");
  });

  it("says nothing for an empty plate", () => {
    expect(plateReading(" - ", english)).toBe("");
  });
});

describe("characterCaption", () => {
  it("says what a look-alike is, and nothing for other characters", () => {
    expect(confusableMarks("0OA").map((mark) => characterCaption(mark, english))).toEqual([
      "zero",
      "letter O",
      undefined,
    ]);
    expect(confusableMarks("1I").map((mark) => characterCaption(mark, french))).toEqual([
      "un",
      "lettre I",
    ]);
  });
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

/** The validator's own zone, so that the templates they see are the story's alone. */
const DESK_ZONE = "Visitor Parkade";

/** Types into whatever has focus and counts every key pressed besides the plate's characters. */
function countingKeyboard(page: Page) {
  const extra: string[] = [];
  return {
    extra,
    typePlate: (plate: string) => page.keyboard.type(plate),
    press: async (key: string) => {
      extra.push(key);
      await page.keyboard.press(key);
    },
  };
}

function permitRequests(page: Page) {
  const bodies: unknown[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/permits")) {
      bodies.push(request.postDataJSON());
    }
  });
  return bodies;
}

test("A validator with a template issues a guest permit by typing the plate and two more keys, without the mouse", async ({
  page,
  browser,
}) => {
  const username = uniqueUsername("desk");
  const templateName = `Guest 4 h ${username}`;
  const user = await page.request.post("/api/users", {
    data: {
      username,
      displayName: "Dee Desk",
      role: "validator",
      zones: [DESK_ZONE],
      password: STAFF_PASSWORD,
    },
  });
  expect(user.status(), await user.text()).toBe(201);
  const template = await page.request.post("/api/templates", {
    data: {
      name: templateName,
      zone: DESK_ZONE,
      duration: { kind: "hours", hours: 4 },
      amount: "6.00",
      currency: "CAD",
      permitNumberPattern: "VP-{plate}",
    },
  });
  expect(template.status(), await template.text()).toBe(201);

  const desk = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  const sent = permitRequests(desk);
  await desk.goto("/");
  const plate = desk.getByLabel("Licence plate");
  await expect(plate).toBeFocused();
  const templateOption = desk.locator("label").filter({ hasText: templateName });
  const key = await templateOption.getByText(/^Alt\+[1-9]$/).textContent();
  expect(key).toMatch(/^Alt\+[1-9]$/);
  const keyboard = countingKeyboard(desk);

  await keyboard.typePlate("gst 101");
  await keyboard.press(key ?? "");
  await expect(desk.getByRole("radio", { name: templateName })).toBeChecked();
  await expect(
    desk.getByRole("status").filter({ hasText: `Template ${templateName} applied` }),
  ).toHaveCount(1);
  await keyboard.press("Enter");

  const issued = desk.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  await expect(issued).toContainText("GST101");
  await expect(issued).toContainText(DESK_ZONE);
  expect(keyboard.extra.length).toBeLessThanOrEqual(2);
  expect(keyboard.extra).toEqual([key, "Enter"]);
  const [first] = sent;
  expect(first).toMatchObject({
    plate: "GST101",
    zone: DESK_ZONE,
    amount: "6.00",
    currency: "CAD",
    permitNo: "VP-GST101",
  });
  const { validFrom, validUntil } = first as { validFrom: string; validUntil: string };
  expect(Date.parse(validUntil) - Date.parse(validFrom)).toBe(4 * 3_600_000);

  // Focus is back on the plate and the template stays applied: the next guest is plate + Enter.
  await expect(plate).toBeFocused();
  await expect(desk.getByRole("radio", { name: templateName })).toBeChecked();
  keyboard.extra.length = 0;
  await keyboard.typePlate("gst 102");
  await keyboard.press("Enter");
  await expect(issued).toContainText("GST102");
  expect(keyboard.extra).toEqual(["Enter"]);
  expect(sent[1]).toMatchObject({ plate: "GST102", zone: DESK_ZONE, permitNo: "VP-GST102" });

  // Alt+0 takes the template off, and nothing it set rides along: not its price, its end or
  // another guest's permit number.
  await keyboard.typePlate("gst 103");
  await expect(desk.getByLabel("Permit number")).toHaveValue("VP-GST103");
  await desk.keyboard.press("Alt+0");
  await expect(desk.getByRole("radio", { name: "No template" })).toBeChecked();
  await expect(desk.getByLabel("Permit number")).toHaveValue("");
  await expect(desk.getByLabel("Amount")).toHaveValue("");
  await expect(desk.getByRole("radio", { name: "2 hours", exact: true })).toBeChecked();
  await expectNoAxeViolations(desk);
  await desk.context().close();
});

test("Several plates in one submission get one permit each, each with its own reference", async ({
  page,
}) => {
  const sent = permitRequests(page);
  await page.goto("/");
  await page.keyboard.type("fam 1, fam 2; fam-3");
  await expect(page.getByText("3 plates, one permit each: FAM1, FAM2, FAM3")).toBeVisible();
  await page.keyboard.press("Enter");

  const panels = page.getByRole("region", { name: "Permit issued" });
  await expect(panels).toHaveCount(3);
  const references = new Set<string>();
  for (const [index, plate] of ["FAM1", "FAM2", "FAM3"].entries()) {
    await expect(panels.nth(index)).toContainText(plate);
    const reference = (await panels.nth(index).getByText(REFERENCE_PATTERN).textContent()) ?? "";
    references.add(reference);
  }
  expect(references.size).toBe(3);
  expect(sent.map((body) => (body as { plate: string }).plate).sort()).toEqual([
    "FAM1",
    "FAM2",
    "FAM3",
  ]);
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  await expect(page.getByLabel("Licence plate")).toHaveValue("");
});

test("A plate listed twice, however written, is one plate: the form says so and issues one permit", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.type("prev 1");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Permit issued" })).toContainText("PREV1");
  const sent = permitRequests(page);
  await page.keyboard.type("dup 1, dup-1");
  await expect(page.getByText("DUP1 is listed more than once: it gets one permit.")).toBeVisible();
  // The last guest's permit no longer reads as what was just done.
  await expect(
    page.getByRole("region", { name: "Previous guest: Permit issued", exact: true }),
  ).toContainText("PREV1");
  await expect(page.getByRole("button", { name: "Issue permit", exact: true })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Permit issued" })).toContainText("DUP1");
  expect(sent.map((body) => (body as { plate: string }).plate)).toEqual(["DUP1"]);
});

import { setImmediate as nextTurn } from "node:timers/promises";
import {
  type BatchInput,
  type BatchPreviewRow,
  type BatchRowInput,
  type FieldErrors,
  normalizePlate,
  type PermitDraft,
  type Problem,
  plateSkeleton,
} from "@permit-desk/schema";
import type { Config } from "../config.ts";
import { checkDraft, type IssueZones } from "../permits/submit-permit.ts";
import type { Batches, NewBatchRow } from "./batch-store.ts";

/** A row as checked: the draft to send, or what refuses it. */
export type CheckedRow = {
  position: number;
  plate: string;
  checked:
    | { ok: true; draft: PermitDraft; zoneId: string }
    | { ok: false; fieldErrors?: FieldErrors; refusal?: Problem };
};

/**
 * Rows checked between two turns of the event loop: a list of 10,000 takes a few hundred
 * milliseconds to check, and the clerks issuing meanwhile must not wait for all of it.
 */
const ROWS_PER_TURN = 250;

/**
 * Each row with what it lacks taken from the list's values, checked exactly as the form's permit
 * is (`checkDraft`: the draft's schema, the site's zones and the member's, currencies, validity).
 * Other requests are answered between slices of rows.
 */
export async function checkRows(
  input: BatchInput,
  config: Config,
  zones: IssueZones,
  now: Date,
): Promise<CheckedRow[]> {
  const values = cellsOf(input.values ?? {});
  const checked: CheckedRow[] = [];
  for (const [index, row] of input.rows.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await nextTurn();
    checked.push(checkRow(row, index, values, config, zones, now));
  }
  return checked;
}

function checkRow(
  row: BatchRowInput,
  index: number,
  values: Record<string, string>,
  config: Config,
  zones: IssueZones,
  now: Date,
): CheckedRow {
  const body = { ...values, ...cellsOf(row) };
  const position = row.row ?? index + 1;
  const checked = checkDraft(body, config, zones, now);
  const plate = normalizePlate(typeof body.plate === "string" ? body.plate : "");
  if (checked.ok) {
    return {
      position,
      plate,
      checked: { ok: true, draft: checked.draft, zoneId: checked.zoneId },
    };
  }
  const refusal = refusalOf(checked.answer, typeof body.zone === "string" ? body.zone : "");
  return {
    position,
    plate,
    checked: {
      ok: false,
      ...("fieldErrors" in refusal
        ? { fieldErrors: withSiteChecks(refusal.fieldErrors, body, config, zones) }
        : refusal),
    },
  };
}

/**
 * Whether the rows' numbers are whole, one a row or none, each above the one before: each row's
 * number is its key in the batch. Only a broken client sends others.
 */
export function rowNumbersAscend(rows: readonly BatchRowInput[]): boolean {
  if (rows.every((row) => row.row === undefined)) return true;
  return rows.every((row, index) => {
    const before = index === 0 ? 0 : rows[index - 1]?.row;
    return (
      row.row !== undefined && Number.isInteger(row.row) && before !== undefined && row.row > before
    );
  });
}

/** A row's filled cells, without its row number. */
function cellsOf(row: Partial<BatchRowInput>): Record<string, string> {
  const { row: _number, ...cells } = row;
  return Object.fromEntries(
    Object.entries(cells).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/**
 * A row the draft's schema refuses is not checked against the site (`checkDraft` stops there):
 * its zone and currency are checked here too, so a row shows all its refused fields at once.
 */
function withSiteChecks(
  fieldErrors: FieldErrors,
  body: Record<string, string>,
  config: Config,
  zones: IssueZones,
): FieldErrors {
  const found: FieldErrors = { ...fieldErrors };
  if (
    found.zone === undefined &&
    body.zone !== undefined &&
    !zones.site.some((site) => site.name === body.zone?.trim())
  ) {
    found.zone = [{ code: "zone_not_at_site" }];
  }
  if (
    found.currency === undefined &&
    body.currency !== undefined &&
    !config.currencies.includes(body.currency?.trim().toUpperCase() ?? "")
  ) {
    found.currency = [
      { code: "currency_not_offered", params: { choices: config.currencies.join(", ") } },
    ];
  }
  return found;
}

/**
 * What refuses a row, from `checkDraft`'s answer: its fields' problems, or (its one 403) a zone
 * that is not the member's.
 */
export function refusalOf(
  answer: { body: unknown },
  zone: string,
): { fieldErrors: FieldErrors } | { refusal: Problem } {
  const { error } = answer.body as { error: { fieldErrors?: FieldErrors } };
  return error.fieldErrors !== undefined
    ? { fieldErrors: error.fieldErrors }
    : { refusal: { code: "zone_not_assigned", params: { zone } } };
}

/** How the store keeps a checked row. */
export function toNewRow(row: CheckedRow): NewBatchRow {
  if (row.checked.ok) {
    return {
      position: row.position,
      plate: row.plate,
      draft: row.checked.draft,
      zoneId: row.checked.zoneId,
    };
  }
  return {
    position: row.position,
    plate: row.plate,
    problems: row.checked.fieldErrors ?? { zone: row.checked.refusal ? [row.checked.refusal] : [] },
  };
}

/** A refused row as the preview and the created batch show it. */
export function refusedRowOf(row: CheckedRow): BatchPreviewRow {
  return {
    position: row.position,
    plate: row.plate,
    ...(!row.checked.ok &&
      row.checked.fieldErrors !== undefined && {
        fieldErrors: row.checked.fieldErrors,
      }),
    ...(!row.checked.ok && row.checked.refusal !== undefined && { refusal: row.checked.refusal }),
    warnings: [],
  };
}

/** Two-decimal text of a sum of two-decimal texts, counted in cents. */
function sumAmounts(amounts: string[]): string {
  const cents = amounts.reduce((total, amount) => total + Math.round(Number(amount) * 100), 0);
  return (cents / 100).toFixed(2);
}

/**
 * The preview: every row's problems, and warnings on the rows to issue: a plate repeated within
 * the list, a plate one confusable character from another in the list (`plateSkeleton`, the
 * plate checks' own rule), and a plate already holding a permit valid in that zone at that time.
 */
export async function previewRows(
  rows: CheckedRow[],
  deps: { batches: Batches; zoneNames: ReadonlyMap<string, string> },
) {
  const issuable = rows.flatMap((row) => (row.checked.ok ? [{ row, ...row.checked }] : []));
  const firstByPlate = new Map<string, number>();
  const firstBySkeleton = new Map<string, { plate: string; position: number }>();
  for (const { row } of issuable) {
    if (!firstByPlate.has(row.plate)) firstByPlate.set(row.plate, row.position);
    const skeleton = plateSkeleton(row.plate);
    if (!firstBySkeleton.has(skeleton))
      firstBySkeleton.set(skeleton, { plate: row.plate, position: row.position });
  }
  const times = issuable.flatMap(({ draft }) => [
    Date.parse(draft.validFrom),
    Date.parse(draft.validUntil),
  ]);
  const active =
    issuable.length === 0
      ? []
      : await deps.batches.activeFor(
          [...firstByPlate.keys()],
          [...new Set(issuable.map(({ zoneId }) => zoneId))],
          Math.min(...times),
          Math.max(...times),
        );
  // Looked up by plate and zone: a list of 10,000 plates may meet as many permits.
  const activeByPlateAndZone = new Map<string, typeof active>();
  for (const permit of active) {
    const key = `${permit.plate}\n${permit.zoneId}`;
    const permits = activeByPlateAndZone.get(key) ?? [];
    permits.push(permit);
    activeByPlateAndZone.set(key, permits);
  }
  const amounts = new Map<string, string[]>();
  const previewed: BatchPreviewRow[] = rows.map((row) => {
    if (!row.checked.ok) return refusedRowOf(row);
    const { draft, zoneId } = row.checked;
    const warnings: Problem[] = [];
    const first = firstByPlate.get(row.plate);
    if (first !== undefined && first !== row.position) {
      warnings.push({ code: "plate_repeated_in_list", params: { position: first } });
    }
    const alike = firstBySkeleton.get(plateSkeleton(row.plate));
    if (alike !== undefined && alike.plate !== row.plate) {
      warnings.push({
        code: "plate_looks_alike_in_list",
        params: { plate: alike.plate, position: alike.position },
      });
    }
    const from = Date.parse(draft.validFrom);
    const until = Date.parse(draft.validUntil);
    const inZone = activeByPlateAndZone.get(`${row.plate}\n${zoneId}`) ?? [];
    if (inZone.some((permit) => permit.validFrom < until && permit.validUntil > from)) {
      warnings.push({
        code: "plate_has_active_permit",
        params: { zone: deps.zoneNames.get(zoneId) ?? draft.zone },
      });
    }
    if (draft.amount !== undefined && draft.currency !== undefined) {
      const list = amounts.get(draft.currency) ?? [];
      list.push(draft.amount);
      amounts.set(draft.currency, list);
    }
    return { position: row.position, plate: row.plate, warnings };
  });
  return {
    rows: previewed,
    totals: {
      rows: rows.length,
      toIssue: issuable.length,
      refused: rows.length - issuable.length,
      warned: previewed.filter((row) => row.warnings.length > 0).length,
      amounts: [...amounts].map(([currency, list]) => ({ currency, amount: sumAmounts(list) })),
    },
  };
}

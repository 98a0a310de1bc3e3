import type { CurrentPermit, PermitState, PermitStatus } from "@permit-desk/schema";
import type { ReactNode } from "react";
import { classNames } from "../lib/class-names.ts";
import { defineMessages, useMessages, type WordPairs } from "../lib/i18n/messages.ts";

const STATES: WordPairs<PermitState> = {
  pending: ["Being sent", "En cours d'envoi"],
  issued: ["Issued", "Émis"],
  rejected: ["Refused by OPSCOM", "Refusé par OPSCOM"],
  unknown: ["Not confirmed", "Non confirmé"],
  not_sent: ["Not sent", "Non envoyé"],
};

const MEANINGS: WordPairs<PermitState> = {
  pending: [
    "Permit Desk is sending this permit to OPSCOM.",
    "Permit Desk envoie ce permis à OPSCOM.",
  ],
  issued: ["OPSCOM issued this permit.", "OPSCOM a émis ce permis."],
  rejected: [
    "OPSCOM refused this permit: it does not exist.",
    "OPSCOM a refusé ce permis : il n'existe pas.",
  ],
  unknown: [
    "OPSCOM did not confirm — this permit may or may not exist.",
    "OPSCOM n'a pas confirmé — ce permis existe peut-être, ou peut-être pas.",
  ],
  not_sent: [
    "OPSCOM could not be reached: nothing was sent, the permit does not exist.",
    "OPSCOM n'a pas pu être joint : rien n'a été envoyé, le permis n'existe pas.",
  ],
};

const STATUS: WordPairs<PermitStatus> = {
  active: ["Active", "Actif"],
  voided: ["Voided", "Annulé"],
  unconfirmed: ["Not confirmed", "Non confirmé"],
  not_issued: ["Not issued", "Non émis"],
};

/** A permit's state and status in words, as the history's rows and a permit's record say them. */
export const permitStateMessages = defineMessages("permitState", {
  "en-CA": {
    stateLabel: ({ state }: { state: PermitState }) => STATES[state][0],
    stateMeaning: ({ state }: { state: PermitState }) => MEANINGS[state][0],
    status: ({ status }: { status: PermitStatus }) => STATUS[status][0],
    corrected: "Corrected",
    extended: "Extended",
    sentAsZone: "sent to OPSCOM as “{{zone}}”",
  },
  "fr-CA": {
    stateLabel: ({ state }: { state: PermitState }) => STATES[state][1],
    stateMeaning: ({ state }: { state: PermitState }) => MEANINGS[state][1],
    status: ({ status }: { status: PermitStatus }) => STATUS[status][1],
    corrected: "Corrigé",
    extended: "Prolongé",
    sentAsZone: "envoyé à OPSCOM comme « {{zone}} »",
  },
});

type BadgeProps = { tone: string; mark?: string; children: ReactNode };

/** A state in words; the colour and the mark only repeat what the words say. */
export function Badge({ tone, mark, children }: BadgeProps) {
  return (
    <span
      className={classNames(
        "inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold",
        tone,
      )}
    >
      {mark && <span aria-hidden="true">{mark} </span>}
      {children}
    </span>
  );
}

/** Each state's colours; a change that OPSCOM applied reads as a permit it issued. */
export const STATE_TONES: Record<PermitState, string> = {
  pending: "border-blue-700 bg-blue-50 text-blue-900",
  issued: "border-green-700 bg-green-50 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  unknown: "border-amber-800 bg-amber-200 text-amber-950",
  not_sent: "border-slate-500 bg-slate-100 text-slate-900",
};

export function PermitStateBadge({ state }: { state: PermitState }) {
  const t = useMessages(permitStateMessages);
  return (
    <Badge tone={STATE_TONES[state]} mark={state === "unknown" ? "⚠" : undefined}>
      {t("stateLabel", { state })}
    </Badge>
  );
}

const STATUS_TONES: Record<PermitStatus, string> = {
  active: "border-green-700 bg-green-50 text-green-900",
  voided: "border-slate-700 bg-slate-200 text-slate-950",
  unconfirmed: "border-amber-800 bg-amber-200 text-amber-950",
  not_issued: "border-slate-500 bg-slate-100 text-slate-900",
};

const STATUS_MARKS: Partial<Record<PermitStatus, string>> = { voided: "⊘", unconfirmed: "⚠" };

type PermitStatusBadgesProps = {
  current: CurrentPermit;
  /** Only what changes made of the permit (corrected, extended), as the history's rows add it. */
  onlyChanges?: boolean;
};

const CHANGE_TONE = "border-blue-700 bg-blue-50 text-blue-900";

/**
 * The permit's status now, in words, and whether it was corrected or extended since it was
 * issued. A voided permit is voided, whatever was changed before.
 */
export function PermitStatusBadges({ current, onlyChanges = false }: PermitStatusBadgesProps) {
  const t = useMessages(permitStateMessages);
  const voided = current.status === "voided";
  return (
    <>
      {(!onlyChanges || voided) && (
        <Badge tone={STATUS_TONES[current.status]} mark={STATUS_MARKS[current.status]}>
          {t("status", { status: current.status })}
        </Badge>
      )}
      {!voided && current.corrected && <Badge tone={CHANGE_TONE}>{t("corrected")}</Badge>}
      {!voided && current.extendedAt && <Badge tone={CHANGE_TONE}>{t("extended")}</Badge>}
    </>
  );
}

/**
 * A member as staff know them, by display name, with the username that the journal and the
 * audit trail record beside it; the username alone once the account is gone.
 */
export function MemberName({ username, name }: { username: string; name?: string }) {
  if (name === undefined || name === username) return <>{username}</>;
  return (
    <>
      {name} <span className="text-slate-700">({username})</span>
    </>
  );
}

/** A reference after the words that lead to it: "Reference", "found in OPSCOM as". */
export function Reference({ referenceId, lead }: { referenceId: string; lead: string }) {
  return (
    <>
      {lead} <span className="break-all font-mono font-semibold">{referenceId}</span>
    </>
  );
}

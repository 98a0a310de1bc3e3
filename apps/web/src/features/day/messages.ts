import { defineMessages } from "../../lib/i18n/messages.ts";
import { plural, pluralFr } from "../../lib/i18n/plural.ts";

type Counted = { count: string; n: number };
type Differs = { more: string; n: number; unconfirmed: number };

/** The day at a glance: a day's figures from the journal, and OPSCOM's counts beside them. */
export const dayMessages = defineMessages("day", {
  "en-CA": {
    title: "The day at a glance",
    day: "Day",
    show: "Show",
    previousDay: "Previous day",
    nextDay: "Next day",
    today: "Today",
    loadingDay: "Loading the day…",
    dayFailed: "The day's figures could not be loaded",
    summary: "In brief",
    issued: "Permits issued",
    busiestHour: "Busiest hour",
    noBusiestHour: "None: no permit issued",
    refusedTotal: "Refused by OPSCOM",
    awaitingFinding: "Unconfirmed, awaiting a finding",
    awaitingLink: ({ n }: { n: number }) =>
      plural(
        n,
        "See it among all unconfirmed permits, of every day",
        "See them among all unconfirmed permits, of every day",
      ),
    byHour: "Permits issued by hour",
    byHourChart: ({ busiest, count }: { busiest: string; count: string }) =>
      `Bar chart of the permits issued in each hour; the busiest, ${busiest}, with ${count}. The table beside it gives each hour.`,
    hour: "Hour",
    permits: "Permits",
    byZone: "By zone",
    zone: "Zone",
    byMember: "By member",
    member: "Member",
    amounts: "Amounts by currency",
    currency: "Currency",
    amount: "Amount",
    noAmounts: "No amount charged.",
    refused: "Refused by reason",
    reason: "Reason",
    refusedWithoutCode: "Refused without a code",
    refusedCode: ({ code, meaning }: { code: number; meaning: string }) =>
      meaning === "" ? `OPSCOM code ${code}` : `${meaning} (OPSCOM code ${code})`,
    nothingRefused: "Nothing refused.",
    noneIssued: "No permit issued this day.",
    checked: "Checked against OPSCOM",
    checkedIntro:
      "OPSCOM's own count of the permits it holds in each zone (Permit Stats), beside the permits the journal holds issued and not voided, as they stand now.",
    checkedAt: ({ at }: { at: string }) => `Counted at ${at}.`,
    loadingCounts: "Asking OPSCOM for its counts…",
    countsFailed: "The counts could not be loaded",
    notAnsweredTitle: "OPSCOM did not give its counts",
    notAnswered:
      "Only the journal's counts are shown. Try again in a moment; if OPSCOM still does not answer, the Status page says why.",
    noZones: "No permit held in any zone.",
    journal: "Journal",
    opscom: "OPSCOM",
    unconfirmed: "Unconfirmed",
    notCounted: "Not counted",
    differs: "Differs",
    whatToLookAt: "Where the counts differ, what to look at",
    opscomMore: ({ more, n, unconfirmed }: Differs) =>
      `OPSCOM holds ${more} ${plural(n, "permit", "permits")} more than the journal: look for permits issued outside Permit Desk, or a void that did not reach OPSCOM${unconfirmed > 0 ? "; an unconfirmed permit that did reach it counts there too, so settle those first" : ""}.`,
    opscomFewer: ({ more, n }: Differs) =>
      `OPSCOM holds ${more} ${plural(n, "permit", "permits")} fewer than the journal: look for permits deleted in OPSCOM directly, outside Permit Desk.`,
    permitsCount: ({ count, n }: Counted) => `${count} ${plural(n, "permit", "permits")}`,
  },
  "fr-CA": {
    title: "La journée en un coup d'œil",
    day: "Jour",
    show: "Afficher",
    previousDay: "Jour précédent",
    nextDay: "Jour suivant",
    today: "Aujourd'hui",
    loadingDay: "Chargement de la journée…",
    dayFailed: "Les chiffres de la journée n'ont pas pu être chargés",
    summary: "En bref",
    issued: "Permis émis",
    busiestHour: "Heure la plus chargée",
    noBusiestHour: "Aucune : aucun permis émis",
    refusedTotal: "Refusés par OPSCOM",
    awaitingFinding: "Non confirmés, en attente d'un constat",
    awaitingLink: ({ n }: { n: number }) =>
      pluralFr(
        n,
        "Le voir parmi tous les permis non confirmés, de tous les jours",
        "Les voir parmi tous les permis non confirmés, de tous les jours",
      ),
    byHour: "Permis émis par heure",
    byHourChart: ({ busiest, count }: { busiest: string; count: string }) =>
      `Graphique en barres des permis émis à chaque heure; la plus chargée, ${busiest}, avec ${count}. Le tableau à côté donne chaque heure.`,
    hour: "Heure",
    permits: "Permis",
    byZone: "Par zone",
    zone: "Zone",
    byMember: "Par membre",
    member: "Membre",
    amounts: "Montants par devise",
    currency: "Devise",
    amount: "Montant",
    noAmounts: "Aucun montant perçu.",
    refused: "Refus par motif",
    reason: "Motif",
    refusedWithoutCode: "Refusé sans code",
    refusedCode: ({ code, meaning }: { code: number; meaning: string }) =>
      meaning === "" ? `Code OPSCOM ${code}` : `${meaning} (code OPSCOM ${code})`,
    nothingRefused: "Aucun refus.",
    noneIssued: "Aucun permis émis ce jour-là.",
    checked: "Vérifié auprès d'OPSCOM",
    checkedIntro:
      "Le décompte qu'OPSCOM fait lui-même des permis qu'il détient dans chaque zone (Permit Stats), à côté des permis que le journal tient pour émis et non annulés, tels qu'ils sont maintenant.",
    checkedAt: ({ at }: { at: string }) => `Compté le ${at}.`,
    loadingCounts: "Demande de ses décomptes à OPSCOM…",
    countsFailed: "Les décomptes n'ont pas pu être chargés",
    notAnsweredTitle: "OPSCOM n'a pas donné ses décomptes",
    notAnswered:
      "Seuls les décomptes du journal sont affichés. Réessayez dans un moment; si OPSCOM ne répond toujours pas, la page État dit pourquoi.",
    noZones: "Aucun permis détenu dans aucune zone.",
    journal: "Journal",
    opscom: "OPSCOM",
    unconfirmed: "Non confirmés",
    notCounted: "Non compté",
    differs: "Diffère",
    whatToLookAt: "Là où les décomptes diffèrent, ce qu'il faut vérifier",
    opscomMore: ({ more, n, unconfirmed }: Differs) =>
      `OPSCOM détient ${more} ${pluralFr(n, "permis", "permis")} de plus que le journal : cherchez des permis émis hors de Permit Desk, ou une annulation qui n'est pas parvenue à OPSCOM${unconfirmed > 0 ? "; un permis non confirmé qui lui est parvenu y compte aussi, réglez donc d'abord ceux-là" : ""}.`,
    opscomFewer: ({ more, n }: Differs) =>
      `OPSCOM détient ${more} ${pluralFr(n, "permis", "permis")} de moins que le journal : cherchez des permis supprimés directement dans OPSCOM, hors de Permit Desk.`,
    permitsCount: ({ count, n }: Counted) => `${count} ${pluralFr(n, "permis", "permis")}`,
  },
});

export type DayWords = ReturnType<typeof dayMessages.in>;

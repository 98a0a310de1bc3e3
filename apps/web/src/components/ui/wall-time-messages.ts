import { defineMessages } from "../../lib/i18n/messages.ts";

/** The words of the date-and-time entry, shared by every form that takes a site time. */
export const wallTimeMessages = defineMessages("wallTime", {
  "en-CA": {
    date: "Date",
    time: "Time",
    datePlaceholder: "YYYY-MM-DD",
    timePlaceholder: "HH:MM",
    badDate: "Write the date year first, as 2026-12-06.",
    noSuchDay: "There is no such day in the calendar: check the month and the day.",
    badTime: "Write the time on a 24-hour clock, as 14:30.",
  },
  "fr-CA": {
    date: "Date",
    time: "Heure",
    datePlaceholder: "AAAA-MM-JJ",
    timePlaceholder: "HH:MM",
    badDate: "Écrivez la date en commençant par l'année, comme 2026-12-06.",
    noSuchDay: "Ce jour n'existe pas dans le calendrier : vérifiez le mois et le jour.",
    badTime: "Écrivez l'heure sur 24 heures, comme 14:30 ou 14 h 30.",
  },
});

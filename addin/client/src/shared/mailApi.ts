// The principal's endpoints of the host's API (docs/api.md, "The principal's endpoints (Outlook)").
import { file, isArray, json } from "./api";
import { CalendarSync, CreatedDraft, DownloadedFile, MonthList, MonthSummary, Reminder, ReportMail, SignedLink } from "./apiTypes";
import { Handlers } from "./outcome";
import { send } from "./http";

function monthPath(month: string, rest: string): string {
    return "/api/months/" + encodeURIComponent(month) + rest;
}

function sessionPath(id: string, rest: string): string {
    return "/api/sessions/" + encodeURIComponent(id) + rest;
}

function post<T>(url: string, handlers: Handlers<T>, check: (value: T) => boolean): void {
    send({ method: "POST", url: url, expect: "json", body: "{}", contentType: "application/json; charset=utf-8" }, json(handlers, check));
}

function isMail(v: { to?: unknown; subject?: unknown }): boolean {
    return isArray(v.to) && typeof v.subject === "string";
}

export function getMonths(handlers: Handlers<MonthList>): void {
    send({ method: "GET", url: "/api/months", expect: "json" }, json(handlers, function (v: MonthList): boolean {
        return isArray(v.months);
    }));
}

export function getMonthSummary(month: string, handlers: Handlers<MonthSummary>): void {
    send({ method: "GET", url: monthPath(month, "/summary"), expect: "json" }, json(handlers, function (v: MonthSummary): boolean {
        return isArray(v.byTopic) && typeof v.outcomes === "object" && v.outcomes !== null;
    }));
}

export function getReportMail(month: string, handlers: Handlers<ReportMail>): void {
    send({ method: "GET", url: monthPath(month, "/report/mail"), expect: "json" }, json(handlers, isMail));
}

/** The month's report (.docx). */
export function getReport(month: string, handlers: Handlers<DownloadedFile>): void {
    send({ method: "GET", url: monthPath(month, "/report"), expect: "bytes" }, file(handlers));
}

export function createReportDraft(month: string, handlers: Handlers<CreatedDraft>): void {
    post(monthPath(month, "/report/draft"), handlers, function (v: CreatedDraft): boolean {
        return typeof v.draftId === "string" && v.draftId.length > 0;
    });
}

export function createReportLink(month: string, handlers: Handlers<SignedLink>): void {
    post(monthPath(month, "/report/link"), handlers, function (v: SignedLink): boolean {
        return typeof v.url === "string" && /^https?:\/\//i.test(v.url);
    });
}

export function getReminder(sessionId: string, handlers: Handlers<Reminder>): void {
    send({ method: "GET", url: sessionPath(sessionId, "/reminder"), expect: "json" }, json(handlers, function (v: Reminder): boolean {
        return isArray(v.silent) && v.mail !== null && typeof v.mail === "object" && isMail(v.mail);
    }));
}

export function createReminderDraft(sessionId: string, handlers: Handlers<CreatedDraft>): void {
    post(sessionPath(sessionId, "/reminder/draft"), handlers, function (v: CreatedDraft): boolean {
        return typeof v.draftId === "string" && v.draftId.length > 0;
    });
}

export function syncOutlookCalendar(handlers: Handlers<CalendarSync>): void {
    post("/api/calendar/outlook", handlers, function (v: CalendarSync): boolean {
        return typeof v.created === "number";
    });
}

// The principal's pane in Outlook (and the same page in a plain browser): the month at a glance, the coming
// session's silent classes with a reminder mail, the month's report (mail, attachment, preview, download) and,
// with Microsoft 365, the year's sessions into the Outlook calendar. In the plain browser Office calls become
// downloads and links.
import { getSessions } from "../shared/api";
import { AppConfig, CalendarSync, CreatedDraft, DownloadedFile, MonthList, MonthSummary, Reminder, ReportMail, SessionInfo, SessionList, SignedLink } from "../shared/apiTypes";
import { installSignIn, loadConfig } from "../shared/auth";
import { byId, clear, el, on, setText, show } from "../shared/dom";
import { saveFile } from "../shared/download";
import { detectHost, HostInfo } from "../shared/host";
import { createReminderDraft, createReportDraft, createReportLink, getMonths, getMonthSummary, getReminder, getReport, getReportMail, syncOutlookCalendar } from "../shared/mailApi";
import { M, MF } from "../shared/mailStrings";
import { hideNotice, notify, notifyError } from "../shared/notice";
import { AppError, Handlers } from "../shared/outcome";
import { mailSurface, MailSurface, openInBrowser } from "../shared/outlook";
import { attachReport, composeReminder, composeReport } from "../shared/reportFlows";
import { findSession, renderSessionDetails } from "../shared/sessionDetails";
import { S } from "../shared/strings";
import { fillMonths, renderMonth } from "./monthView";
import { mailtoOf, renderReminder } from "./reminderView";

interface PaneState {
    host: HostInfo | null;
    surface: MailSurface;
    microsoft365: boolean;
    month: string | null;
    /** Counts summary requests, so a slow answer for a month no longer chosen is dropped. */
    summaryRequest: number;
    next: SessionInfo | null;
    reminder: Reminder | null;
    busy: boolean;
    watchingItems: boolean;
}

var state: PaneState = {
    host: null, surface: "none", microsoft365: false, month: null, summaryRequest: 0, next: null, reminder: null,
    busy: false, watchingItems: false
};

var ui = {
    mode: byId<HTMLElement>("mode"),
    select: byId<HTMLSelectElement>("month-select"),
    monthNotice: byId<HTMLElement>("month-notice"),
    summary: byId<HTMLElement>("month-summary"),
    compose: byId<HTMLButtonElement>("report-compose"),
    attach: byId<HTMLButtonElement>("report-attach"),
    preview: byId<HTMLButtonElement>("report-preview"),
    download: byId<HTMLButtonElement>("report-download"),
    reportNotice: byId<HTMLElement>("report-notice"),
    nextNotice: byId<HTMLElement>("next-notice"),
    nextTitle: byId<HTMLElement>("next-title"),
    nextDetails: byId<HTMLElement>("next-details"),
    reminder: byId<HTMLElement>("reminder"),
    reminderButton: byId<HTMLButtonElement>("reminder-compose"),
    reminderNotice: byId<HTMLElement>("reminder-notice"),
    calendarSection: byId<HTMLElement>("calendar-section"),
    calendar: byId<HTMLButtonElement>("calendar-sync"),
    calendarNotice: byId<HTMLElement>("calendar-notice")
};

var actionButtons = [ui.compose, ui.attach, ui.preview, ui.download, ui.reminderButton, ui.calendar];

function inOutlook(): boolean {
    return !!state.host && state.host.mode === "office" && state.host.officeHost === "Outlook";
}

function setBusy(busy: boolean): void {
    state.busy = busy;
    for (var i = 0; i < actionButtons.length; i++) {
        actionButtons[i].disabled = busy;
    }
}

/** Starts an action unless another runs or what it needs is not known yet; its handlers end the busy state. */
function start<T>(area: HTMLElement, needsMonth: boolean, progress: string, ok: (value: T) => void): Handlers<T> | null {
    if (state.busy) {
        notify(area, "info", S.busy);
        return null;
    }
    if (!state.host) {
        notify(area, "info", S.modeDetecting);
        return null;
    }
    if (needsMonth && !state.month) {
        notify(area, "warning", M.noMonths);
        return null;
    }
    setBusy(true);
    notify(area, "progress", progress);
    return {
        ok: function (value: T): void {
            setBusy(false);
            ok(value);
        },
        fail: function (error: AppError): void {
            setBusy(false);
            notifyError(area, error);
        }
    };
}

/** A message with a link under it (the plain browser's stand-in for an Office call). */
function notifyLink(area: HTMLElement, text: string, href: string, linkText: string, newWindow: boolean): void {
    notify(area, "success", text);
    var link = el("a", "notice-link", linkText) as HTMLAnchorElement;
    link.href = href;
    if (newWindow) {
        link.target = "_blank";
        link.rel = "noopener noreferrer";
    }
    area.appendChild(el("p")).appendChild(link);
}

function retryButton(area: HTMLElement, id: string, again: () => void): void {
    var retry = el("button", "secondary", S.retry) as HTMLButtonElement;
    retry.type = "button";
    retry.id = id;
    on(retry, "click", again);
    area.appendChild(retry);
}

// ---- host ----

function applyHost(info: HostInfo): void {
    state.host = info;
    state.surface = inOutlook() ? mailSurface() : "none";
    var text = info.mode !== "office" ? M.mailModePlain
        : info.officeHost !== "Outlook" ? M.mailModeOtherHost
            : state.surface === "compose" ? M.mailModeCompose : M.mailModeRead;
    setText(ui.mode, text);
    var mode = inOutlook() ? "outlook" : "plain";
    ui.mode.setAttribute("data-mode", mode);
    document.documentElement.setAttribute("data-mode", mode);
    document.documentElement.setAttribute("data-surface", state.surface);
    show(ui.attach, state.surface === "compose");
    show(ui.compose, state.surface !== "compose");
    if (inOutlook() && !state.watchingItems) {
        watchItems();
    }
}

/** A pinned pane stays open while the user moves between messages: follow the current item. */
function watchItems(): void {
    state.watchingItems = true;
    try {
        Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, function (): void {
            if (state.host) {
                applyHost(state.host);
            }
        });
    } catch (e) {
        // Mailbox 1.5 or a host without the event: the pane keeps the item it opened with.
    }
}

// ---- the month ----

function loadMonths(): void {
    notify(ui.monthNotice, "progress", M.loadingMonths);
    getMonths({
        ok: function (list: MonthList): void {
            state.month = fillMonths(ui.select, list);
            if (!state.month) {
                notify(ui.monthNotice, "info", M.noMonths);
                return;
            }
            loadSummary();
        },
        fail: function (error: AppError): void {
            notifyError(ui.monthNotice, error);
            retryButton(ui.monthNotice, "retry-months", loadMonths);
        }
    });
}

function loadSummary(): void {
    var month = state.month;
    if (!month) {
        return;
    }
    var request = ++state.summaryRequest;
    clear(ui.summary);
    notify(ui.monthNotice, "progress", M.loadingSummary);
    getMonthSummary(month, {
        ok: function (summary: MonthSummary): void {
            if (request !== state.summaryRequest) {
                return;
            }
            hideNotice(ui.monthNotice);
            renderMonth(ui.summary, summary);
        },
        fail: function (error: AppError): void {
            if (request !== state.summaryRequest) {
                return;
            }
            notifyError(ui.monthNotice, error);
            retryButton(ui.monthNotice, "retry-summary", loadSummary);
        }
    });
}

// ---- the coming session ----

function loadNext(): void {
    notify(ui.nextNotice, "progress", M.loadingNext);
    getSessions({
        ok: function (list: SessionList): void {
            var next = findSession(list, list.nextSessionId);
            state.next = next;
            if (!next) {
                notify(ui.nextNotice, "info", M.noNextSession);
                return;
            }
            setText(ui.nextTitle, next.title);
            renderSessionDetails(ui.nextDetails, next);
            var coming: SessionInfo = next;
            getReminder(next.id, {
                ok: function (reminder: Reminder): void {
                    hideNotice(ui.nextNotice);
                    state.reminder = reminder;
                    show(ui.reminderButton, renderReminder(ui.reminder, reminder));
                },
                fail: function (error: AppError): void {
                    if (error.code === "NOTHING_TO_REMIND") {
                        // The host's answer when every class or room has sent: nothing is wrong.
                        hideNotice(ui.nextNotice);
                        state.reminder = null;
                        show(ui.reminderButton, renderReminder(ui.reminder, { sessionId: coming.id, deadlineText: coming.deadlineText, placeWord: "", silent: [], mail: { to: [], subject: "", bodyHtml: "" } }));
                        return;
                    }
                    notifyError(ui.nextNotice, error);
                    retryButton(ui.nextNotice, "retry-next", loadNext);
                }
            });
        },
        fail: function (error: AppError): void {
            notifyError(ui.nextNotice, error);
            retryButton(ui.nextNotice, "retry-next", loadNext);
        }
    });
}

function onReminder(): void {
    var next = state.next;
    if (!next || !state.reminder) {
        return;
    }
    var reminder = state.reminder;
    var area = ui.reminderNotice;
    var mailto = function (): void {
        notifyLink(area, inOutlook() ? M.reminderNeedsMailbox16 : M.reminderMailtoHint, mailtoOf(reminder.mail.to, reminder.mail.subject), M.reminderMailto, false);
    };
    if (inOutlook() && (state.microsoft365 || state.surface !== "compose")) {
        var inPane = start<string>(area, false, M.reminderWorking, function (text: string): void {
            notify(area, "success", text);
        });
        if (inPane) {
            var handlers = inPane;
            composeReminder(next.id, reminder.mail, {
                ok: handlers.ok,
                fail: function (error: AppError): void {
                    handlers.fail(error);
                    if (error.kind === "input") {
                        mailto();
                    }
                }
            });
        }
        return;
    }
    if (state.microsoft365) {
        var draft = start<CreatedDraft>(area, false, M.reminderWorking, function (created: CreatedDraft): void {
            showDraft(area, created, M.reminderDraftOpened);
        });
        if (draft) {
            createReminderDraft(next.id, draft);
        }
        return;
    }
    mailto();
}

/** Outside Outlook, a draft the host made opens from its web link. */
function showDraft(area: HTMLElement, draft: CreatedDraft, text: string): void {
    if (draft.webLink && /^https:\/\//i.test(draft.webLink)) {
        notifyLink(area, text, draft.webLink, draft.subject || text, true);
    } else {
        notify(area, "success", M.draftInDrafts);
    }
}

// ---- the report ----

function onCompose(): void {
    var month = state.month as string;
    if (inOutlook()) {
        var handlers = start<string>(ui.reportNotice, true, M.reportWorking, function (text: string): void {
            notify(ui.reportNotice, "success", text);
        });
        if (handlers) {
            composeReport(month, handlers);
        }
        return;
    }
    var plain = start<AppConfig>(ui.reportNotice, true, M.reportWorking, function (config: AppConfig): void {
        if (config.mode === "microsoft365") {
            var draft = start<CreatedDraft>(ui.reportNotice, true, M.reportWorking, function (created: CreatedDraft): void {
                showDraft(ui.reportNotice, created, M.reportDraftOpened);
            });
            if (draft) {
                createReportDraft(month, draft);
            }
            return;
        }
        downloadThen(month, function (name: string): void {
            getReportMail(month, {
                ok: function (mail: ReportMail): void {
                    notifyLink(ui.reportNotice, MF.reportDownloaded(name), mailtoOf(mail.to, mail.subject), M.reportMailto, false);
                },
                fail: function (error: AppError): void {
                    notifyError(ui.reportNotice, error);
                }
            });
        });
    });
    if (plain) {
        loadConfig(plain);
    }
}

function onAttach(): void {
    var handlers = start<string>(ui.reportNotice, true, M.reportWorking, function (text: string): void {
        notify(ui.reportNotice, "success", text);
    });
    if (handlers) {
        attachReport(state.month as string, handlers);
    }
}

/**
 * A signed, short-lived link to the report: opened in the user's browser by Office, else shown as a link. The preview
 * asks the link for the report as a page (a browser cannot show a .docx); the download, for the Word file.
 */
function openSignedLink(preview: boolean): void {
    var handlers = start<SignedLink>(ui.reportNotice, true, M.reportWorking, function (link: SignedLink): void {
        var url = preview ? link.url + "?view=html" : link.url;
        if (inOutlook() && openInBrowser(url)) {
            notify(ui.reportNotice, "success", preview ? M.previewOpened : M.downloadOpened);
        } else {
            notifyLink(ui.reportNotice, M.previewLinkHint, url, preview ? M.previewLink : M.downloadLink, true);
        }
    });
    if (handlers) {
        createReportLink(state.month as string, handlers);
    }
}

/** Downloads the report in the plain browser, then calls done with its name. */
function downloadThen(month: string, done: (name: string) => void): void {
    var handlers = start<DownloadedFile>(ui.reportNotice, true, M.reportWorking, function (file: DownloadedFile): void {
        var name = file.fileName || "bao-cao-" + month + ".docx";
        if (saveFile(file.bytes, name)) {
            notify(ui.reportNotice, "success", MF.reportDownloaded(name));
            done(name);
        } else {
            notify(ui.reportNotice, "error", S.downloadUnavailable);
        }
    });
    if (handlers) {
        getReport(month, handlers);
    }
}

function onDownload(): void {
    // Office's panes do not save downloads reliably: there the browser fetches the signed link instead.
    if (inOutlook()) {
        openSignedLink(false);
    } else if (state.month) {
        downloadThen(state.month, function (): void {
            // The message above says it all.
        });
    } else {
        notify(ui.reportNotice, "warning", M.noMonths);
    }
}

// ---- the calendar (Microsoft 365) ----

function onCalendar(): void {
    var handlers = start<CalendarSync>(ui.calendarNotice, false, M.calendarWorking, function (sync: CalendarSync): void {
        notify(ui.calendarNotice, "success", MF.calendarDone(sync.created, sync.updated, sync.unchanged));
    });
    if (handlers) {
        syncOutlookCalendar(handlers);
    }
}

// ---- start ----

on(ui.select, "change", function (): void {
    state.month = ui.select.value || null;
    hideNotice(ui.reportNotice);
    loadSummary();
});
on(ui.compose, "click", onCompose);
on(ui.attach, "click", onAttach);
on(ui.preview, "click", function (): void {
    openSignedLink(true);
});
on(ui.download, "click", onDownload);
on(ui.reminderButton, "click", onReminder);
on(ui.calendar, "click", onCalendar);
/** The host's mode first (it decides sign-in and the calendar button), then what the pane shows. */
function load(): void {
    notify(ui.monthNotice, "progress", M.loadingMonths);
    loadConfig({
        ok: function (config: AppConfig): void {
            state.microsoft365 = config.mode === "microsoft365";
            show(ui.calendarSection, state.microsoft365);
            loadMonths();
            loadNext();
        },
        fail: function (error: AppError): void {
            notifyError(ui.monthNotice, error);
            retryButton(ui.monthNotice, "retry-months", load);
        }
    });
}

installSignIn();
load();
detectHost(applyHost);

// The month's report into Outlook, as the ribbon button and the mail pane both do it: a draft made by the host
// and opened (Microsoft 365), or a new message to attach the report to (embedded default), or the report
// attached to the message being written. Each flow ends with one Vietnamese sentence saying what happened.
import { AppConfig, CreatedDraft, DownloadedFile, MailDraft, MonthList, ReportMail } from "./apiTypes";
import { loadConfig } from "./auth";
import { toBase64 } from "./base64";
import { createReminderDraft, createReportDraft, getMonths, getReport, getReportMail } from "./mailApi";
import { MF, M } from "./mailStrings";
import { AppError, Handlers } from "./outcome";
import { attachFile, fillEmpty, Filled, hasMailbox, openDraft, openNewMessage } from "./outlook";

function input(detail: string): AppError {
    return { kind: "input", title: "", detail: detail };
}

/** The month the report button works on: GET /api/months → defaultMonth. */
export function defaultMonth(handlers: Handlers<string>): void {
    getMonths({
        ok: function (list: MonthList): void {
            var month = list.defaultMonth || (list.months.length ? list.months[list.months.length - 1].month : null);
            if (month) {
                handlers.ok(month);
            } else {
                handlers.fail(input(M.noMonths));
            }
        },
        fail: handlers.fail
    });
}

/** Opens a draft the host made, or says where to find it when this Outlook cannot open it (before Mailbox 1.3). */
function openCreated(draft: CreatedDraft, opened: string, handlers: Handlers<string>): void {
    if (!hasMailbox("1.3")) {
        handlers.ok(M.draftInDrafts);
        return;
    }
    openDraft(draft.draftId, {
        ok: function (): void {
            handlers.ok(opened);
        },
        fail: handlers.fail
    });
}

/** A new message from a mail the host composed (Mailbox 1.6), or what to do instead. */
function openMail(mail: MailDraft, opened: string, missing: string, handlers: Handlers<string>): void {
    if (!hasMailbox("1.6")) {
        handlers.fail(input(missing));
        return;
    }
    openNewMessage(mail, {
        ok: function (): void {
            handlers.ok(opened);
        },
        fail: handlers.fail
    });
}

/** Read surface: the report mail as the host's draft (Microsoft 365) or as a new message (embedded default). */
export function composeReport(month: string, handlers: Handlers<string>): void {
    loadConfig({
        ok: function (config: AppConfig): void {
            if (config.mode === "microsoft365") {
                createReportDraft(month, {
                    ok: function (draft: CreatedDraft): void {
                        openCreated(draft, M.reportDraftOpened, handlers);
                    },
                    fail: handlers.fail
                });
                return;
            }
            if (!hasMailbox("1.6")) {
                handlers.fail(input(M.needsMailbox16));
                return;
            }
            getReportMail(month, {
                ok: function (mail: ReportMail): void {
                    openMail(mail, M.reportMessageOpened, M.needsMailbox16, handlers);
                },
                fail: handlers.fail
            });
        },
        fail: handlers.fail
    });
}

/** Compose surface: the report attached to the message being written; recipients and subject filled where empty. */
export function attachReport(month: string, handlers: Handlers<string>): void {
    if (!hasMailbox("1.8")) {
        handlers.fail(input(M.needsMailbox18));
        return;
    }
    getReportMail(month, {
        ok: function (mail: ReportMail): void {
            getReport(month, {
                ok: function (file: DownloadedFile): void {
                    var name = mail.attachmentName || file.fileName || "bao-cao-" + month + ".docx";
                    attachFile(toBase64(file.bytes), name, {
                        ok: function (): void {
                            fillEmpty(mail.to, mail.subject, {
                                ok: function (filled: Filled): void {
                                    handlers.ok(MF.reportAttached(name, filled.to, filled.subject));
                                },
                                fail: handlers.fail
                            });
                        },
                        fail: handlers.fail
                    });
                },
                fail: handlers.fail
            });
        },
        fail: handlers.fail
    });
}

/** The reminder for classes or rooms that sent nothing: the host's draft (Microsoft 365) or a new message. */
export function composeReminder(sessionId: string, mail: MailDraft, handlers: Handlers<string>): void {
    loadConfig({
        ok: function (config: AppConfig): void {
            if (config.mode === "microsoft365") {
                createReminderDraft(sessionId, {
                    ok: function (draft: CreatedDraft): void {
                        openCreated(draft, M.reminderDraftOpened, handlers);
                    },
                    fail: handlers.fail
                });
                return;
            }
            openMail(mail, M.reminderMessageOpened, M.reminderNeedsMailbox16, handlers);
        },
        fail: handlers.fail
    });
}

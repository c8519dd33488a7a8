// Every Outlook call of the pages (Mailbox requirement sets 1.1–1.8), shared by the ribbon commands and the
// mail pane. Office calls that throw are turned into failures, so a caller always hears back.
import { MailDraft } from "./apiTypes";
import { isSetSupported } from "./host";
import { AppError, Handlers } from "./outcome";
import { MF } from "./mailStrings";

/** The resource id of the 16 px icon in manifest.xml; Outlook's informational notifications need one. */
export var NOTIFICATION_ICON = "Icon.16x16";
var NOTIFICATION_KEY = "doithoai";
/** Outlook refuses longer notification texts. */
export var NOTIFICATION_MAX = 150;

/** Where the pane or command runs: a message being read, one being written, or none (or not Outlook). */
export type MailSurface = "read" | "compose" | "none";

function officeError(error: unknown): AppError {
    var e = error as { message?: unknown } | null;
    var why = e && typeof e.message === "string" && e.message ? e.message : String(error);
    return { kind: "office", title: "", detail: MF.outlookError(why) };
}

function failedCall(result: Office.AsyncResult<unknown>): AppError {
    return officeError(result.error || "");
}

function mailbox(): Office.Mailbox | null {
    return typeof Office !== "undefined" && Office.context && Office.context.mailbox ? Office.context.mailbox : null;
}

/** True where this Mailbox requirement set is supported. */
export function hasMailbox(version: string): boolean {
    return isSetSupported("Mailbox", version);
}

export function mailSurface(): MailSurface {
    var box = mailbox();
    var item = box ? box.item : null;
    if (!item) {
        return "none";
    }
    var to = (item as Office.MessageCompose).to;
    return to && typeof to.getAsync === "function" ? "compose" : "read";
}

/** Shortens a text to what a notification takes. */
export function shortText(text: string): string {
    return text.length <= NOTIFICATION_MAX ? text : text.substring(0, NOTIFICATION_MAX - 1) + "…";
}

/** Shows the text on the current item (replacing our previous one); done is called whatever happens. */
export function notifyItem(kind: "info" | "error", text: string, done: () => void): void {
    var box = mailbox();
    var item = box ? box.item : null;
    if (!item || !item.notificationMessages) {
        done();
        return;
    }
    var message = shortText(text);
    var details: Office.NotificationMessageDetails = kind === "error"
        ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: message }
        : { type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage, message: message, icon: NOTIFICATION_ICON, persistent: false };
    try {
        item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, function (): void {
            done();
        });
    } catch (e) {
        done();
    }
}

/** Opens a draft the host made (its REST id) in a message form: convertToEwsId (Mailbox 1.3) then displayMessageForm. */
export function openDraft(draftId: string, handlers: Handlers<void>): void {
    var box = mailbox();
    if (!box) {
        handlers.fail(officeError("mailbox"));
        return;
    }
    try {
        var ewsId = box.convertToEwsId(draftId, Office.MailboxEnums.RestVersion.v2_0);
        box.displayMessageForm(ewsId);
    } catch (e) {
        handlers.fail(officeError(e));
        return;
    }
    handlers.ok(undefined);
}

/** Opens a new message with recipients, subject and body (Mailbox 1.6 in read mode). */
export function openNewMessage(mail: MailDraft, handlers: Handlers<void>): void {
    var box = mailbox();
    if (!box) {
        handlers.fail(officeError("mailbox"));
        return;
    }
    try {
        box.displayNewMessageForm({ toRecipients: mail.to, subject: mail.subject, htmlBody: mail.bodyHtml });
    } catch (e) {
        handlers.fail(officeError(e));
        return;
    }
    handlers.ok(undefined);
}

function composeItem(): Office.MessageCompose | null {
    var box = mailbox();
    return box && box.item && mailSurface() === "compose" ? box.item as Office.MessageCompose : null;
}

/** Attaches a file to the message being written (Mailbox 1.8). */
export function attachFile(base64: string, name: string, handlers: Handlers<void>): void {
    var item = composeItem();
    if (!item) {
        handlers.fail(officeError("item"));
        return;
    }
    try {
        item.addFileAttachmentFromBase64Async(base64, name, { isInline: false }, function (result: Office.AsyncResult<string>): void {
            if (result.status === Office.AsyncResultStatus.Succeeded) {
                handlers.ok(undefined);
            } else {
                handlers.fail(failedCall(result));
            }
        });
    } catch (e) {
        handlers.fail(officeError(e));
    }
}

/** What fillEmpty changed. */
export interface Filled {
    to: boolean;
    subject: boolean;
}

/** Puts the recipients and the subject into the message being written, each only where it is empty. */
export function fillEmpty(to: string[], subject: string, handlers: Handlers<Filled>): void {
    var item = composeItem();
    if (!item) {
        handlers.fail(officeError("item"));
        return;
    }
    var message = item;
    var filled: Filled = { to: false, subject: false };
    var step = function (run: (next: () => void) => void, next: () => void): void {
        try {
            run(next);
        } catch (e) {
            handlers.fail(officeError(e));
        }
    };
    var checked = function (next: () => void): (result: Office.AsyncResult<unknown>) => void {
        return function (result: Office.AsyncResult<unknown>): void {
            if (result.status === Office.AsyncResultStatus.Succeeded) {
                next();
            } else {
                handlers.fail(failedCall(result));
            }
        };
    };
    var fillSubject = function (): void {
        step(function (next: () => void): void {
            message.subject.getAsync(function (result: Office.AsyncResult<string>): void {
                if (result.status !== Office.AsyncResultStatus.Succeeded) {
                    handlers.fail(failedCall(result));
                } else if (result.value && /\S/.test(result.value)) {
                    next();
                } else {
                    filled.subject = true;
                    message.subject.setAsync(subject, checked(next));
                }
            });
        }, function (): void {
            handlers.ok(filled);
        });
    };
    step(function (next: () => void): void {
        message.to.getAsync(function (result: Office.AsyncResult<Office.EmailAddressDetails[]>): void {
            if (result.status !== Office.AsyncResultStatus.Succeeded) {
                handlers.fail(failedCall(result));
            } else if ((result.value && result.value.length) || !to.length) {
                next();
            } else {
                filled.to = true;
                message.to.setAsync(to, checked(next));
            }
        });
    }, fillSubject);
}

/** Opens the address in the user's browser (OpenBrowserWindowApi 1.1); false where Office cannot. */
export function openInBrowser(url: string): boolean {
    if (!isSetSupported("OpenBrowserWindowApi", "1.1") || !Office.context.ui || typeof Office.context.ui.openBrowserWindow !== "function") {
        return false;
    }
    try {
        Office.context.ui.openBrowserWindow(url);
        return true;
    } catch (e) {
        return false;
    }
}

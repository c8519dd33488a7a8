// Outlook for the tests: Office.context.mailbox with a message being read or written, the dialog and browser
// window of Office.context.ui, Office.actions.associate with command events whose completed() is recorded, and
// window.nestedAppAuthBridge as Office offers it to MSAL for nested app authentication. What the page asked is
// kept in FakeOutlookRecord for the test (window.__fakeOutlook).
import { config } from "./config";
import type {
    ActionsShape, CommandEventShape, ComposeItemShape, DialogShape, MailboxShape, NotificationMessagesShape, ReadItemShape,
    RecipientsShape, SubjectShape, UiShape
} from "./shapes";

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus;

export const MailboxEnums = {
    ItemNotificationMessageType: { ProgressIndicator: "progressIndicator", InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", InsightMessage: "insightMessage" },
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    ItemType: { Message: "message", Appointment: "appointment" },
} as unknown as typeof Office.MailboxEnums;

export const EventType = {
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
    ItemChanged: "olkItemSelectedChanged",
} as unknown as typeof Office.EventType;

/** What the page did in Outlook, for the test to read. */
export interface FakeOutlookRecord {
    /** Every call, in order: "convertToEwsId:<id>:<version>", "displayMessageForm:<id>", "displayNewMessageForm", "notify:<type>", … */
    log: string[];
    notifications: { key: string; type: string; message: string; icon?: string; persistent?: boolean }[];
    attachments: { name: string; base64: string; isInline: boolean }[];
    newMessages: { toRecipients: string[]; subject: string; htmlBody: string }[];
    messageForms: string[];
    dialogs: { url: string; height?: number; width?: number }[];
    dialogsClosed: number;
    browserWindows: string[];
    /** What the page sent with Office.context.ui.messageParent (the sign-in dialog page). */
    parentMessages: string[];
    /** Command events handed out by invoke(), with whether completed() was called (and how often). */
    events: { name: string; completed: number }[];
    /** Requests to window.nestedAppAuthBridge: method, scope, claims, forceRefresh. */
    bridge: { method: string; scope?: string; claims?: string; forceRefresh?: boolean }[];
    /** The compose item's recipients and subject as they are now. */
    to(): string[];
    subject(): string;
    /** Runs the function the page associated with this name (or defined globally), as the ribbon button would. */
    invoke(name: string): number;
}

function succeeded<T>(value: T): Office.AsyncResult<T> {
    return { status: AsyncResultStatus.Succeeded, value: value, error: undefined as unknown as Office.Error, asyncContext: undefined, diagnostics: undefined };
}

function failed<T>(code: number, name: string, message: string): Office.AsyncResult<T> {
    return { status: AsyncResultStatus.Failed, value: undefined as unknown as T, error: { code: code, name: name, message: message }, asyncContext: undefined, diagnostics: undefined };
}

/** The callback among an Office method's optional arguments (it is always the last function). */
function callbackOf<T>(args: unknown[]): ((result: Office.AsyncResult<T>) => void) | undefined {
    for (let i = args.length - 1; i >= 0; i--) {
        if (typeof args[i] === "function") {
            return args[i] as (result: Office.AsyncResult<T>) => void;
        }
    }
    return undefined;
}

function later(then: () => void): void {
    setTimeout(then, 0);
}

function throws(method: string): void {
    const list = (config().mailbox || {}).throwOn || [];
    if (list.indexOf(method) >= 0) {
        throw new Error(`The fake's ${method} throws, as configured.`);
    }
}

function fails(method: string): boolean {
    return ((config().mailbox || {}).failOn || []).indexOf(method) >= 0;
}

function emails(list: (string | Office.EmailAddressDetails)[]): Office.EmailAddressDetails[] {
    return list.map((r) => typeof r === "string" ? { emailAddress: r, displayName: r, recipientType: "externalUser" } as Office.EmailAddressDetails : r);
}

function jwt(payload: object): string {
    const encode = (o: object): string => btoa(unescape(encodeURIComponent(JSON.stringify(o)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return encode({ alg: "none", typ: "JWT" }) + "." + encode(payload) + ".";
}

export function makeOutlook() {
    const record: FakeOutlookRecord = {
        log: [], notifications: [], attachments: [], newMessages: [], messageForms: [], dialogs: [], dialogsClosed: 0,
        browserWindows: [], parentMessages: [], events: [], bridge: [],
        to: () => state.to.map((r) => r.emailAddress),
        subject: () => state.subject,
        invoke: () => -1,
    };
    const mailboxConfig = config().mailbox || {};
    const state = { to: emails(mailboxConfig.to || []), subject: mailboxConfig.subject || "" };
    const associated: { [name: string]: (event: CommandEventShape) => void } = {};

    const notificationMessages: NotificationMessagesShape = {
        replaceAsync(key: string, message: Office.NotificationMessageDetails, ...rest: unknown[]): void {
            throws("replaceAsync");
            record.log.push("notify:" + String(message.type));
            const callback = callbackOf<void>(rest);
            if (typeof message.message !== "string" || message.message.length > 150) {
                later(() => callback && callback(failed(9000, "InvalidParameter", "The message is longer than 150 characters.")));
                return;
            }
            if (String(message.type) === "informationalMessage" && (!message.icon || message.persistent === undefined)) {
                later(() => callback && callback(failed(9000, "InvalidParameter", "An informational message needs icon and persistent.")));
                return;
            }
            record.notifications.push({ key: key, type: String(message.type), message: message.message, icon: message.icon, persistent: message.persistent === undefined ? undefined : !!message.persistent });
            later(() => callback && callback(succeeded(undefined)));
        }
    };

    const recipients: RecipientsShape = {
        getAsync: function (...args: unknown[]): void {
            throws("to.getAsync");
            const callback = callbackOf<Office.EmailAddressDetails[]>(args);
            later(() => callback && callback(fails("to.getAsync") ? failed(9000, "Failed", "to.getAsync failed.") : succeeded(state.to.slice())));
        } as RecipientsShape["getAsync"],
        setAsync: function (list: (string | Office.EmailUser | Office.EmailAddressDetails)[], ...rest: unknown[]): void {
            throws("to.setAsync");
            record.log.push("to.setAsync");
            const callback = callbackOf<void>(rest);
            if (!fails("to.setAsync")) {
                state.to = list.map((r) => typeof r === "string" ? emails([r])[0] : { emailAddress: r.emailAddress, displayName: r.displayName } as Office.EmailAddressDetails);
            }
            later(() => callback && callback(fails("to.setAsync") ? failed(9000, "Failed", "to.setAsync failed.") : succeeded(undefined)));
        } as RecipientsShape["setAsync"],
    };

    const subject: SubjectShape = {
        getAsync: function (...args: unknown[]): void {
            throws("subject.getAsync");
            const callback = callbackOf<string>(args);
            later(() => callback && callback(succeeded(state.subject)));
        } as SubjectShape["getAsync"],
        setAsync: function (text: string, ...rest: unknown[]): void {
            throws("subject.setAsync");
            record.log.push("subject.setAsync");
            state.subject = text;
            const callback = callbackOf<void>(rest);
            later(() => callback && callback(succeeded(undefined)));
        } as SubjectShape["setAsync"],
    };

    const compose: ComposeItemShape = {
        itemType: MailboxEnums.ItemType.Message,
        to: recipients,
        subject: subject,
        notificationMessages: notificationMessages,
        addFileAttachmentFromBase64Async: function (base64File: string, attachmentName: string, ...rest: unknown[]): void {
            throws("addFileAttachmentFromBase64Async");
            record.log.push("addFileAttachmentFromBase64Async:" + attachmentName);
            const options = (rest.length && typeof rest[0] === "object" && rest[0] ? rest[0] : {}) as { isInline?: boolean };
            const callback = callbackOf<string>(rest);
            if (fails("addFileAttachmentFromBase64Async")) {
                later(() => callback && callback(failed(9000, "AttachmentUploadGeneralFailure", "The attachment could not be added.")));
                return;
            }
            record.attachments.push({ name: attachmentName, base64: base64File, isInline: !!options.isInline });
            later(() => callback && callback(succeeded("attachment-" + record.attachments.length)));
        } as ComposeItemShape["addFileAttachmentFromBase64Async"],
    };

    const read: ReadItemShape = {
        itemType: MailboxEnums.ItemType.Message,
        subject: "Thư đang đọc",
        to: emails(["hieutruong@truong.example"]),
        notificationMessages: notificationMessages,
    };

    const itemKind = mailboxConfig.item === undefined ? "read" : mailboxConfig.item;
    const mailbox: MailboxShape = {
        item: itemKind === "compose" ? compose : itemKind === "read" ? read : null,
        diagnostics: { hostName: mailboxConfig.hostName || "Outlook", hostVersion: "16.0.0.0" },
        convertToEwsId(id: string, restVersion: Office.MailboxEnums.RestVersion | string): string {
            throws("convertToEwsId");
            record.log.push("convertToEwsId:" + id + ":" + String(restVersion));
            // What Exchange does between the two forms: the URL-safe base64 letters back to the standard ones.
            return id.replace(/-/g, "/").replace(/_/g, "+");
        },
        displayMessageForm(itemId: string): void {
            throws("displayMessageForm");
            record.log.push("displayMessageForm:" + itemId);
            record.messageForms.push(itemId);
        },
        displayNewMessageForm(parameters: Office.MessageForm): void {
            throws("displayNewMessageForm");
            record.log.push("displayNewMessageForm");
            const to = (parameters.toRecipients || []) as (string | Office.EmailAddressDetails)[];
            record.newMessages.push({ toRecipients: emails(to).map((r) => r.emailAddress), subject: parameters.subject || "", htmlBody: parameters.htmlBody || "" });
        },
        addHandlerAsync(...args: unknown[]): void {
            record.log.push("addHandlerAsync:" + String(args[0]));
            const callback = callbackOf<void>(args.slice(2));
            later(() => callback && callback(succeeded(undefined)));
        },
    };

    const ui: UiShape = {
        displayDialogAsync: function (startAddress: string, ...rest: unknown[]): void {
            const options = (rest.length && typeof rest[0] === "object" && rest[0] ? rest[0] : {}) as Office.DialogOptions;
            record.dialogs.push({ url: startAddress, height: options.height, width: options.width });
            record.log.push("displayDialogAsync");
            const callback = callbackOf<Office.Dialog>(rest);
            const c = config().dialog || {};
            if (c.failCode) {
                later(() => callback && callback(failed(c.failCode as number, "Dialog", "The dialog could not open.")));
                return;
            }
            const handlers: { [type: string]: (arg: unknown) => void } = {};
            const dialog: DialogShape = {
                close(): void {
                    record.dialogsClosed++;
                },
                addEventHandler: function (eventType: Office.EventType, handler: (arg: unknown) => void, ...more: unknown[]): void {
                    handlers[String(eventType)] = handler;
                    const done = callbackOf<void>(more);
                    later(() => done && done(succeeded(undefined)));
                } as DialogShape["addEventHandler"],
            };
            later(() => {
                callback && callback(succeeded(dialog as Office.Dialog));
                // The user signs in (or closes the dialog) a moment after it opens.
                setTimeout(() => {
                    if (c.closed) {
                        const on = handlers[String(EventType.DialogEventReceived)];
                        on && on({ error: 12006 });
                        return;
                    }
                    const message = c.message !== undefined ? c.message
                        : JSON.stringify({ status: "ok", accessToken: "dialog-token-" + record.dialogs.length, expiresOn: Date.now() + 3600000 });
                    const on = handlers[String(EventType.DialogMessageReceived)];
                    on && on({ message: message, origin: window.location.origin });
                }, 20);
            });
        } as UiShape["displayDialogAsync"],
        openBrowserWindow(url: string): void {
            record.log.push("openBrowserWindow");
            record.browserWindows.push(url);
        },
        messageParent(message: string): void {
            record.parentMessages.push(message);
        },
    };

    const actions: ActionsShape = {
        associate(actionId: string, actionFunction: (arg?: unknown) => void): void {
            record.log.push("associate:" + actionId);
            associated[actionId] = actionFunction;
        },
    };

    record.invoke = (name: string): number => {
        const globalFunction = (window as unknown as { [key: string]: unknown })[name];
        const run = associated[name] || (typeof globalFunction === "function" ? globalFunction as (event: CommandEventShape) => void : null);
        if (!run) {
            throw new Error(`No function '${name}' was associated or defined.`);
        }
        const entry = { name: name, completed: 0 };
        record.events.push(entry);
        const event: CommandEventShape = {
            source: { id: name } as CommandEventShape["source"],
            completed(): void {
                entry.completed++;
            },
        };
        run(event);
        return record.events.length - 1;
    };

    return { record, mailbox, ui, actions };
}

/** window.nestedAppAuthBridge: answers MSAL's GetInitContext, GetToken and GetTokenPopup like an Office host. */
export function makeBridge(record: FakeOutlookRecord) {
    const listeners: ((response: string) => void)[] = [];
    let issued = 0;
    const nextToken = (): string => {
        const tokens = (config().bridge || {}).tokens;
        issued++;
        return tokens && tokens.length ? tokens[Math.min(issued, tokens.length) - 1] : "naa-token-" + issued;
    };
    const answer = (body: object): void => {
        const text = JSON.stringify(body);
        setTimeout(() => listeners.forEach((l) => l(text)), 0);
    };
    const account = {
        homeAccountId: "00000000-0000-0000-0000-000000000001.00000000-0000-0000-0000-0000000000aa",
        environment: "login.microsoftonline.com", tenantId: "00000000-0000-0000-0000-0000000000aa",
        username: "hieutruong@truong.example", localAccountId: "00000000-0000-0000-0000-000000000001", name: "Hiệu trưởng",
    };
    return {
        addEventListener(_name: string, callback: (response: string) => void): void {
            listeners.push(callback);
        },
        removeEventListener(_name: string, callback: (response: string) => void): void {
            const at = listeners.indexOf(callback);
            if (at >= 0) {
                listeners.splice(at, 1);
            }
        },
        postMessage(message: string): void {
            const request = JSON.parse(message) as { method: string; requestId: string; tokenParams?: { scope?: string; claims?: string; forceRefresh?: boolean; clientId?: string } };
            const params = request.tokenParams || {};
            record.bridge.push({ method: request.method, scope: params.scope, claims: params.claims, forceRefresh: params.forceRefresh });
            const base = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
            if (request.method === "GetInitContext") {
                answer({ ...base, success: true, initContext: { sdkName: "fake-office", sdkVersion: "1.0.0", capabilities: { queryAccount: false } } });
                return;
            }
            const c = config().bridge || {};
            const outcome = request.method === "GetToken" ? (c.silent || "ok") : (c.popup || "ok");
            if (outcome !== "ok") {
                const status = outcome === "interaction" ? "USER_INTERACTION_REQUIRED" : outcome === "cancel" ? "USER_CANCEL" : "PERSISTENT_ERROR";
                answer({ ...base, success: false, error: { status: status, code: "fake", description: "The fake bridge says " + status } });
                return;
            }
            const now = Math.floor(Date.now() / 1000);
            const idToken = jwt({
                aud: params.clientId, iss: "https://login.microsoftonline.com/" + account.tenantId + "/v2.0", iat: now, nbf: now, exp: now + 3600,
                oid: account.localAccountId, tid: account.tenantId, sub: "fake-subject", preferred_username: account.username, name: account.name,
            });
            answer({
                ...base, success: true, account: account,
                token: { access_token: nextToken(), expires_in: 3600, id_token: idToken, properties: null, scope: params.scope },
            });
        },
    };
}

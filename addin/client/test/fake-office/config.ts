// The test's say over the fake: window.__fakeOfficeConfig, read on every call so a test may change it mid-way.

/** What the fake pretends to be. Every field is optional; the defaults are Word with WordApi 1.3 and the File API. */
export interface FakeOfficeConfig {
    /** The host Office.onReady answers; null pretends a plain browser that loaded office.js. Default "Word". */
    host?: string | null;
    /** The highest WordApi set supported ("1.1", "1.3", …); null for none. Default "1.3". */
    wordApi?: string | null;
    /** getFileAsync: true works, false is missing, "fails" answers with an error. Default true. */
    fileApi?: boolean | "fails";
    /** A smaller slice size than the page asks for, to exercise several slices. */
    sliceSize?: number;
    /** Other requirement sets: name → highest version. */
    sets?: { [name: string]: string | null };
    /** Delay before Office.onReady answers, in ms. Default 0. */
    readyDelayMs?: number;
    /** Tags whose controls lose tag and title when the page inserts a file (Word's known quirk, exaggerated). */
    insertDropsTags?: string[];
    /** Base64 of the .docx open when the page starts; default a blank document. */
    document?: string;
    /** Outlook: the highest Mailbox set ("1.1" … "1.8"); null for none. Default "1.8" when the host is Outlook. */
    mailboxApi?: string | null;
    /** Outlook: the item the pane or command sees. */
    mailbox?: FakeMailboxConfig;
    /** Office.context.ui.displayDialogAsync: what the sign-in dialog does. */
    dialog?: FakeDialogConfig;
    /** window.nestedAppAuthBridge, as Office offers it with NestedAppAuth 1.1 (set that in sets too). */
    bridge?: FakeBridgeConfig;
}

export interface FakeMailboxConfig {
    /** "read" (a message being read), "compose" (one being written) or null (no item). Default "read". */
    item?: "read" | "compose" | null;
    /** Compose: the recipients already typed. */
    to?: string[];
    /** Compose: the subject already typed. */
    subject?: string;
    /** Office.context.mailbox.diagnostics.hostName. Default "Outlook". */
    hostName?: string;
    /** Methods that throw when called (convertToEwsId, displayMessageForm, displayNewMessageForm, replaceAsync, …). */
    throwOn?: string[];
    /** Asynchronous methods that answer with an error (addFileAttachmentFromBase64Async, setAsync, …). */
    failOn?: string[];
}

export interface FakeDialogConfig {
    /** The message the dialog page sends back (messageParent); default a JSON answer with a token. */
    message?: string;
    /** The user closes the dialog instead (DialogEventReceived 12006). */
    closed?: boolean;
    /** displayDialogAsync fails with this code (12007 one open already, 12009 blocked). */
    failCode?: number;
}

export interface FakeBridgeConfig {
    /** The access tokens the bridge hands out, in order (the last one repeats). Default naa-token-1, naa-token-2, … */
    tokens?: string[];
    /** How GetToken (silent) answers: "ok", "interaction" (USER_INTERACTION_REQUIRED) or "fails" (PERSISTENT_ERROR). */
    silent?: "ok" | "interaction" | "fails";
    /** How GetTokenPopup answers: "ok", "cancel" (USER_CANCEL) or "fails". */
    popup?: "ok" | "cancel" | "fails";
}

interface ConfigWindow {
    __fakeOfficeConfig?: FakeOfficeConfig;
}

export function config(): FakeOfficeConfig {
    const w = window as unknown as ConfigWindow;
    if (!w.__fakeOfficeConfig) {
        w.__fakeOfficeConfig = {};
    }
    return w.__fakeOfficeConfig;
}

/** Whether the set is supported at minVersion, by the configuration. */
export function supports(name: string, minVersion?: string | number): boolean {
    const c = config();
    const outlook = c.host === "Outlook";
    const have = c.sets && c.sets[name] !== undefined ? c.sets[name]
        : name === "WordApi" ? (outlook ? null : c.wordApi === undefined ? "1.3" : c.wordApi)
            : name === "File" ? (c.fileApi === false || outlook ? null : "1.1")
                : name === "Mailbox" ? (!outlook ? null : c.mailboxApi === undefined ? "1.8" : c.mailboxApi)
                    : name === "DialogApi" ? "1.2"
                        : name === "OpenBrowserWindowApi" && outlook ? "1.1"
                            : null;
    if (!have) {
        return false;
    }
    return compareVersions(have, minVersion === undefined ? "1.1" : String(minVersion)) >= 0;
}

function compareVersions(a: string, b: string): number {
    const x = a.split(".").map(Number);
    const y = b.split(".").map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] || 0) - (y[i] || 0);
        if (d !== 0) {
            return d;
        }
    }
    return 0;
}

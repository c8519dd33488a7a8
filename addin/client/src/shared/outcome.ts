// Callbacks instead of Promise: the pane runs in Internet Explorer 11 where only office.js brings a Promise.

/** A failure, already worded for people (Vietnamese). */
export interface AppError {
    /** Where it came from: the network, the server's answer, Word, or the page's own check. */
    kind: "network" | "timeout" | "server" | "office" | "input" | "signIn";
    title: string;
    detail: string;
    /** The HTTP status, when the server answered. */
    status?: number;
    /** The server's stable ProblemDetails code (e.g. SESSION_MISMATCH). */
    code?: string;
    /** The claims of a CONSENT_REQUIRED challenge, to send with the next sign-in. */
    claims?: string;
}

/** What to do with the result of an asynchronous step. */
export interface Handlers<T> {
    ok: (value: T) => void;
    fail: (error: AppError) => void;
}

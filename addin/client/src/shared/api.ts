// The host's HTTP API (docs/api.md), one function per endpoint the pages use.
import { Digest, DownloadedFile, HealthStatus, MinutesForm, SaveSummary, SessionList, SubmissionList } from "./apiTypes";
import { fileNameOf } from "./download";
import { DOCX_TYPE } from "./files";
import { Handlers } from "./outcome";
import { HttpAnswer, send } from "./http";
import { S } from "./strings";

var UPLOAD_TIMEOUT_MS = 300000;

function sessionPath(id: string, rest: string): string {
    return "/api/sessions/" + encodeURIComponent(id) + rest;
}

/** Checks a JSON answer's shape before handing it on. */
export function json<T>(handlers: Handlers<T>, check: (value: T) => boolean): Handlers<HttpAnswer> {
    return {
        ok: function (answer: HttpAnswer): void {
            var value = answer.json as T;
            if (value === null || typeof value !== "object" || !check(value)) {
                handlers.fail({ kind: "server", title: S.errorTitle, detail: S.errorBadAnswer, status: answer.status });
                return;
            }
            handlers.ok(value);
        },
        fail: handlers.fail
    };
}

/** A Word file answer, with the name the server gave it. */
export function file(handlers: Handlers<DownloadedFile>): Handlers<HttpAnswer> {
    return {
        ok: function (answer: HttpAnswer): void {
            handlers.ok({ bytes: answer.bytes || new Uint8Array(0), fileName: fileNameOf(answer.header("Content-Disposition")) });
        },
        fail: handlers.fail
    };
}

export function isArray(value: unknown): boolean {
    return Object.prototype.toString.call(value) === "[object Array]";
}

export function getHealth(handlers: Handlers<HealthStatus>): void {
    send({ method: "GET", url: "/health", expect: "json", anonymous: true }, json(handlers, function (v: HealthStatus): boolean {
        return typeof v.status === "string";
    }));
}

export function getSessions(handlers: Handlers<SessionList>): void {
    send({ method: "GET", url: "/api/sessions", expect: "json" }, json(handlers, function (v: SessionList): boolean {
        return isArray(v.sessions);
    }));
}

export function getSubmissions(sessionId: string, handlers: Handlers<SubmissionList>): void {
    send({ method: "GET", url: sessionPath(sessionId, "/submissions"), expect: "json" }, json(handlers, function (v: SubmissionList): boolean {
        return isArray(v.submissions);
    }));
}

export function getDigest(sessionId: string, handlers: Handlers<Digest>): void {
    send({ method: "GET", url: sessionPath(sessionId, "/digest"), expect: "json" }, json(handlers, function (v: Digest): boolean {
        return isArray(v.topics);
    }));
}

export function getDigestDocx(sessionId: string, handlers: Handlers<DownloadedFile>): void {
    send({ method: "GET", url: sessionPath(sessionId, "/digest?format=docx"), expect: "bytes" }, file(handlers));
}

export function getMinutes(sessionId: string, handlers: Handlers<DownloadedFile>): void {
    send({ method: "GET", url: sessionPath(sessionId, "/minutes"), expect: "bytes" }, file(handlers));
}

/** Sends a filled minutes .docx (bytes from Word, or a file the user chose). */
export function saveMinutesFile(sessionId: string, body: ArrayBuffer | Blob, onProgress: (percent: number) => void, handlers: Handlers<SaveSummary>): void {
    send({
        method: "POST", url: sessionPath(sessionId, "/minutes"), expect: "json", body: body, contentType: DOCX_TYPE,
        timeoutMs: UPLOAD_TIMEOUT_MS, onUploadProgress: onProgress
    }, json(handlers, isSummary));
}

/** Sends the content controls and on-the-spot rows as JSON (when Word cannot give the file). */
export function saveMinutesForm(sessionId: string, form: MinutesForm, handlers: Handlers<SaveSummary>): void {
    send({
        method: "POST", url: sessionPath(sessionId, "/minutes"), expect: "json", body: JSON.stringify(form),
        contentType: "application/json; charset=utf-8", timeoutMs: UPLOAD_TIMEOUT_MS
    }, json(handlers, isSummary));
}

function isSummary(v: SaveSummary): boolean {
    return typeof v.message === "string" || isArray(v.saved);
}

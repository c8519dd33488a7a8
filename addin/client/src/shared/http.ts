// XMLHttpRequest, not fetch: the panes of Office 2016/2019 run in Internet Explorer 11.
import { AppError, Handlers } from "./outcome";
import { F, S } from "./strings";
import { utf8Decode } from "./text";

/** One request to the host (same origin). */
export interface HttpRequest {
    method: "GET" | "POST";
    url: string;
    /** "json" parses the answer; "bytes" gives its bytes. */
    expect: "json" | "bytes";
    body?: Document | XMLHttpRequestBodyInit | null;
    contentType?: string;
    timeoutMs?: number;
    /** Upload progress, 0..100. */
    onUploadProgress?: (percent: number) => void;
    /** True for the routes open without a token (GET /api/config, /health): no sign-in before it. */
    anonymous?: boolean;
}

/** A successful answer. */
export interface HttpAnswer {
    status: number;
    json: unknown;
    bytes: Uint8Array | null;
    header: (name: string) => string | null;
}

/** What a token request may ask for: the claims of a server's challenge, or a token other than the cached one. */
export interface TokenOptions {
    claims: string | null;
    fresh: boolean;
    /** The token a refused request carried: when a newer one has come meanwhile, that one is the answer. */
    refused: string | null;
}

/** Gives the bearer token for the host's API, or null when the host needs none (the embedded default). */
export interface Authorizer {
    token(options: TokenOptions, handlers: Handlers<string | null>): void;
}

var DEFAULT_TIMEOUT_MS = 60000;
var authorizer: Authorizer | null = null;

/** Every later request (but anonymous ones) asks this for its Authorization header (auth.ts installs it). */
export function useAuthorizer(value: Authorizer): void {
    authorizer = value;
}

/**
 * Sends the request; every failure reaches handlers.fail already worded in Vietnamese. With an authorizer, the
 * request carries its token; a 401 is answered once: with the challenge's claims (CONSENT_REQUIRED), else with a
 * fresh token.
 */
export function send(request: HttpRequest, handlers: Handlers<HttpAnswer>): void {
    var auth = authorizer;
    if (!auth || request.anonymous) {
        sendOnce(request, null, handlers);
        return;
    }
    var withToken = function (options: TokenOptions, retry: boolean): void {
        (auth as Authorizer).token(options, {
            ok: function (token: string | null): void {
                sendOnce(request, token, {
                    ok: handlers.ok,
                    fail: function (error: AppError): void {
                        if (retry && token !== null && error.status === 401) {
                            var consent = error.code === "CONSENT_REQUIRED" && error.claims ? error.claims : null;
                            withToken({ claims: consent, fresh: true, refused: token }, false);
                            return;
                        }
                        handlers.fail(error);
                    }
                });
            },
            fail: handlers.fail
        });
    };
    withToken({ claims: null, fresh: false, refused: null }, true);
}

function sendOnce(request: HttpRequest, token: string | null, handlers: Handlers<HttpAnswer>): void {
    var xhr = new XMLHttpRequest();
    var settled = false;
    function fail(error: AppError): void {
        if (!settled) {
            settled = true;
            handlers.fail(error);
        }
    }
    try {
        xhr.open(request.method, request.url, true);
        // IE11 accepts responseType and timeout only after open().
        xhr.responseType = request.expect === "bytes" ? "arraybuffer" : "text";
        xhr.timeout = request.timeoutMs || DEFAULT_TIMEOUT_MS;
        xhr.setRequestHeader("Accept", request.expect === "json" ? "application/json, application/problem+json" : "*/*");
        if (request.contentType) {
            xhr.setRequestHeader("Content-Type", request.contentType);
        }
        if (token !== null) {
            xhr.setRequestHeader("Authorization", "Bearer " + token);
        }
    } catch (e) {
        fail({ kind: "network", title: S.errorTitle, detail: S.errorNetwork });
        return;
    }
    if (request.onUploadProgress && xhr.upload) {
        var progress = request.onUploadProgress;
        xhr.upload.onprogress = function (event: ProgressEvent): void {
            if (event.lengthComputable && event.total > 0) {
                progress(Math.round(event.loaded * 100 / event.total));
            }
        };
    }
    xhr.onerror = function (): void {
        fail({ kind: "network", title: S.errorTitle, detail: S.errorNetwork });
    };
    xhr.ontimeout = function (): void {
        fail({ kind: "timeout", title: S.errorTitle, detail: S.errorTimeout });
    };
    xhr.onload = function (): void {
        if (settled) {
            return;
        }
        var bytes = request.expect === "bytes" && xhr.response ? new Uint8Array(xhr.response as ArrayBuffer) : null;
        var text = request.expect === "bytes" ? null : String(xhr.responseText || "");
        if (xhr.status === 0) {
            fail({ kind: "network", title: S.errorTitle, detail: S.errorNetwork });
            return;
        }
        if (xhr.status < 200 || xhr.status >= 300) {
            fail(problem(xhr.status, text !== null ? text : bytes ? utf8Decode(bytes) : ""));
            return;
        }
        var json: unknown = null;
        if (request.expect === "json") {
            try {
                json = JSON.parse(text || "null");
            } catch (e) {
                fail({ kind: "server", title: S.errorTitle, detail: S.errorBadAnswer, status: xhr.status });
                return;
            }
        }
        settled = true;
        handlers.ok({
            status: xhr.status,
            json: json,
            bytes: bytes,
            header: function (name: string): string | null {
                return xhr.getResponseHeader(name);
            }
        });
    };
    try {
        xhr.send(request.body === undefined ? null : request.body);
    } catch (e) {
        fail({ kind: "network", title: S.errorTitle, detail: S.errorNetwork });
    }
}

/** The error of a non-2xx answer: its ProblemDetails title and detail when it has them. */
function problem(status: number, body: string): AppError {
    var error: AppError = { kind: "server", title: S.errorTitle, detail: F.httpStatus(status), status: status };
    try {
        var parsed = JSON.parse(body) as { title?: unknown; detail?: unknown; code?: unknown; claims?: unknown };
        if (parsed && typeof parsed === "object") {
            if (typeof parsed.title === "string" && parsed.title) {
                error.title = parsed.title;
            }
            if (typeof parsed.detail === "string" && parsed.detail) {
                error.detail = parsed.detail;
            }
            if (typeof parsed.code === "string") {
                error.code = parsed.code;
            }
            if (typeof parsed.claims === "string" && parsed.claims) {
                error.claims = parsed.claims;
            }
        }
    } catch (e) {
        // Not JSON (a proxy's page, a plain 404): the status text above is all there is.
    }
    return error;
}

// Sign-in for Microsoft 365 mode: every API call then carries "Authorization: Bearer …" for the host's
// access_as_user scope. In the embedded default (GET /api/config says mode "local") no token is sent and MSAL is
// never loaded. Where the host offers nested app authentication, the vendored MSAL 5 (transpiled to ES5 syntax
// by build.mjs, loaded only here) asks Office for the token; elsewhere auth-dialog.html signs in with MSAL's
// redirect flow inside an Office dialog (or a browser window outside Office) and hands the token back.
// Tokens never reach a log, a URL or storage of ours: they live in this module's memory.
import { AppConfig } from "./apiTypes";
import { isSetSupported } from "./host";
import { send, TokenOptions, useAuthorizer } from "./http";
import { AppError, Handlers } from "./outcome";
import { S } from "./strings";

/** The vendored MSAL 5 bundle (build.mjs adds its version token to this literal). */
var MSAL_URL = "assets/vendor/msal-browser-5.30.0.js";
var DIALOG_PAGE = "auth-dialog.html";
/** A token kept from the dialog is used until this long before it expires. */
var EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** What the pages read of a promise: MSAL's, and no Promise of our own (IE11 has none). */
interface Thenable<T> {
    then(ok: (value: T) => void, fail: (error: unknown) => void): unknown;
}

interface TokenRequest {
    scopes: string[];
    claims?: string;
    forceRefresh?: boolean;
}

/** The part of MSAL's IPublicClientApplication and AuthenticationResult the pages use. */
interface MsalClient {
    acquireTokenSilent(request: TokenRequest): Thenable<{ accessToken: string }>;
    acquireTokenPopup(request: TokenRequest): Thenable<{ accessToken: string }>;
}

interface MsalLibrary {
    createNestablePublicClientApplication(configuration: { auth: { clientId: string; authority: string } }): Thenable<MsalClient>;
    InteractionRequiredAuthError?: new () => object;
}

/** The dialog's message to the page (auth-dialog.ts writes it). */
export interface DialogAnswer {
    status: "ok" | "error";
    accessToken?: string;
    expiresOn?: number;
    /** Why it failed: "config", "msal", "signIn". */
    reason?: string;
}

interface MsalWindow {
    msal?: MsalLibrary;
}

var config: AppConfig | null = null;
var configWaiters: Handlers<AppConfig>[] | null = null;
var library: MsalLibrary | null = null;
var client: MsalClient | null = null;
var kept: { token: string; expires: number } | null = null;
/** The last token any sign-in gave (never logged, never stored outside this page). */
var latest: string | null = null;
var inFlight: Handlers<string | null>[] | null = null;

function signInError(detail: string): AppError {
    return { kind: "signIn", title: S.signInTitle, detail: detail };
}

/** GET /api/config once (the only route besides /health open without a token); concurrent callers share it. */
export function loadConfig(handlers: Handlers<AppConfig>): void {
    if (config) {
        handlers.ok(config);
        return;
    }
    if (configWaiters) {
        configWaiters.push(handlers);
        return;
    }
    configWaiters = [handlers];
    send({ method: "GET", url: "/api/config", expect: "json", anonymous: true }, {
        ok: function (answer): void {
            var value = answer.json as AppConfig | null;
            var waiters = configWaiters || [];
            configWaiters = null;
            var valid = value !== null && typeof value === "object" && typeof value.mode === "string" &&
                (value.mode !== "microsoft365" || (value.auth !== null && typeof value.auth === "object" && typeof value.auth.clientId === "string"));
            if (valid) {
                config = value;
            }
            for (var i = 0; i < waiters.length; i++) {
                if (valid) {
                    waiters[i].ok(value as AppConfig);
                } else {
                    waiters[i].fail({ kind: "server", title: S.errorTitle, detail: S.errorBadAnswer, status: answer.status });
                }
            }
        },
        fail: function (error: AppError): void {
            var waiters = configWaiters || [];
            configWaiters = null;
            for (var i = 0; i < waiters.length; i++) {
                waiters[i].fail(error);
            }
        }
    });
}

/** True when the host runs with Microsoft 365 (known once loadConfig answered). */
export function isMicrosoft365(): boolean {
    return config !== null && config.mode === "microsoft365";
}

/** Makes every later API request (but /health and /api/config) sign in first where the host asks for it. */
export function installSignIn(): void {
    useAuthorizer({ token: token });
}

function token(options: TokenOptions, handlers: Handlers<string | null>): void {
    loadConfig({
        ok: function (value: AppConfig): void {
            if (value.mode !== "microsoft365" || !value.auth) {
                handlers.ok(null);
                return;
            }
            // Requests sent together with one token are refused together: the first refusal signs in again (once, with
            // the challenge's claims); the others, refused with the old token, take the new one instead of a second sign-in.
            if (options.refused !== null && latest !== null && latest !== options.refused) {
                handlers.ok(latest);
                return;
            }
            if (!options.fresh && !options.claims && kept && kept.expires - EXPIRY_MARGIN_MS > new Date().getTime()) {
                handlers.ok(kept.token);
                return;
            }
            // One sign-in at a time: a pane asks for several things at once, and Office opens one dialog only.
            if (inFlight) {
                inFlight.push(handlers);
                return;
            }
            inFlight = [handlers];
            acquire(value.auth, options, {
                ok: function (result: string | null): void {
                    latest = result;
                    finish(function (h: Handlers<string | null>): void { h.ok(result); });
                },
                fail: function (error: AppError): void {
                    finish(function (h: Handlers<string | null>): void { h.fail(error); });
                }
            });
        },
        fail: handlers.fail
    });
}

function finish(each: (handlers: Handlers<string | null>) => void): void {
    var waiters = inFlight || [];
    inFlight = null;
    for (var i = 0; i < waiters.length; i++) {
        each(waiters[i]);
    }
}

function acquire(auth: NonNullable<AppConfig["auth"]>, options: TokenOptions, handlers: Handlers<string | null>): void {
    if (isSetSupported("NestedAppAuth", "1.1")) {
        nestedToken(auth, options, handlers);
    } else if (typeof Office !== "undefined" && Office.context && Office.context.ui && typeof Office.context.ui.displayDialogAsync === "function") {
        dialogToken(options.claims, handlers);
    } else {
        windowToken(options.claims, handlers);
    }
}

// ---- nested app authentication (Office hands MSAL the token) ----

function loadMsal(handlers: Handlers<MsalLibrary>): void {
    if (library) {
        handlers.ok(library);
        return;
    }
    var script = document.createElement("script");
    script.src = MSAL_URL;
    script.onload = function (): void {
        var found = (window as unknown as MsalWindow).msal;
        if (found && typeof found.createNestablePublicClientApplication === "function") {
            library = found;
            handlers.ok(found);
        } else {
            handlers.fail(signInError(S.signInLibraryMissing));
        }
    };
    script.onerror = function (): void {
        handlers.fail(signInError(S.signInLibraryMissing));
    };
    document.getElementsByTagName("head")[0].appendChild(script);
}

function nestedClient(auth: NonNullable<AppConfig["auth"]>, handlers: Handlers<MsalClient>): void {
    if (client) {
        handlers.ok(client);
        return;
    }
    loadMsal({
        ok: function (msal: MsalLibrary): void {
            msal.createNestablePublicClientApplication({ auth: { clientId: auth.clientId, authority: auth.authority } }).then(function (created: MsalClient): void {
                client = created;
                handlers.ok(created);
            }, function (): void {
                handlers.fail(signInError(S.signInFailed));
            });
        },
        fail: handlers.fail
    });
}

function needsInteraction(error: unknown): boolean {
    var e = error as { name?: unknown; errorCode?: unknown } | null;
    var type = library ? library.InteractionRequiredAuthError : undefined;
    return !!e && ((typeof type === "function" && e instanceof type) || e.name === "InteractionRequiredAuthError" ||
        e.errorCode === "interaction_required" || e.errorCode === "consent_required" || e.errorCode === "login_required");
}

function isCancel(error: unknown): boolean {
    var e = error as { errorCode?: unknown } | null;
    return !!e && (e.errorCode === "user_cancelled" || e.errorCode === "user_cancel");
}

/** Silent first (retried once), a popup when MSAL says the user must act, or at once for a claims challenge. */
function nestedToken(auth: NonNullable<AppConfig["auth"]>, options: TokenOptions, handlers: Handlers<string | null>): void {
    nestedClient(auth, {
        ok: function (pca: MsalClient): void {
            var scopes = [auth.apiScope];
            var popup = function (): void {
                var request: TokenRequest = { scopes: scopes };
                if (options.claims) {
                    request.claims = options.claims;
                }
                pca.acquireTokenPopup(request).then(function (result): void {
                    handlers.ok(result.accessToken);
                }, function (error: unknown): void {
                    handlers.fail(signInError(isCancel(error) ? S.signInCancelled : S.signInFailed));
                });
            };
            if (options.claims) {
                popup();
                return;
            }
            var silent = function (retry: boolean): void {
                pca.acquireTokenSilent({ scopes: scopes, forceRefresh: options.fresh }).then(function (result): void {
                    handlers.ok(result.accessToken);
                }, function (error: unknown): void {
                    if (needsInteraction(error)) {
                        popup();
                    } else if (retry) {
                        silent(false);
                    } else {
                        handlers.fail(signInError(S.signInFailed));
                    }
                });
            };
            silent(true);
        },
        fail: handlers.fail
    });
}

// ---- the dialog (Office without nested app authentication) and a browser window (outside Office) ----

function dialogUrl(claims: string | null): string {
    var here = window.location.href.replace(/[?#].*$/, "");
    return here.substring(0, here.lastIndexOf("/") + 1) + DIALOG_PAGE + (claims ? "?claims=" + encodeURIComponent(claims) : "");
}

function origin(): string {
    return window.location.protocol + "//" + window.location.host;
}

/** Reads the dialog's answer; keeps the token in memory until it nearly expires. */
function takeAnswer(message: string, handlers: Handlers<string | null>): void {
    var answer: DialogAnswer | null = null;
    try {
        answer = JSON.parse(message) as DialogAnswer;
    } catch (e) {
        answer = null;
    }
    if (!answer || answer.status !== "ok" || typeof answer.accessToken !== "string" || !answer.accessToken) {
        handlers.fail(signInError(answer && answer.reason === "config" ? S.signInNoConfig : S.signInFailed));
        return;
    }
    kept = { token: answer.accessToken, expires: typeof answer.expiresOn === "number" ? answer.expiresOn : new Date().getTime() + 10 * 60 * 1000 };
    handlers.ok(answer.accessToken);
}

function dialogToken(claims: string | null, handlers: Handlers<string | null>): void {
    var settled = false;
    var settle = function (then: () => void): void {
        if (!settled) {
            settled = true;
            then();
        }
    };
    Office.context.ui.displayDialogAsync(dialogUrl(claims), { height: 60, width: 30 }, function (result: Office.AsyncResult<Office.Dialog>): void {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
            var code = result.error ? result.error.code : 0;
            handlers.fail(signInError(code === 12009 ? S.signInBlocked : code === 12007 ? S.signInAlreadyOpen : S.signInFailed));
            return;
        }
        var dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, function (arg: { message: string; origin: string | undefined } | { error: number }): void {
            var received = arg as { message?: string; origin?: string };
            if (received.origin && received.origin !== origin()) {
                return;
            }
            try {
                dialog.close();
            } catch (e) {
                // Closed already by the user: the answer still counts.
            }
            settle(function (): void { takeAnswer(String(received.message || ""), handlers); });
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, function (): void {
            // 12006: the user closed the dialog; 12002/12003: the page could not load or left our origin.
            settle(function (): void { handlers.fail(signInError(S.signInCancelled)); });
        });
    });
}

function windowToken(claims: string | null, handlers: Handlers<string | null>): void {
    var opened = window.open(dialogUrl(claims), "doithoai-signin", "width=480,height=640");
    if (!opened) {
        handlers.fail(signInError(S.signInPopupBlocked));
        return;
    }
    var popup = opened;
    var done = false;
    var onMessage = function (event: MessageEvent): void {
        if (done || event.origin !== origin() || event.source !== popup) {
            return;
        }
        done = true;
        window.removeEventListener("message", onMessage, false);
        window.clearInterval(watch);
        try {
            popup.close();
        } catch (e) {
            // Already closed.
        }
        takeAnswer(String(event.data), handlers);
    };
    window.addEventListener("message", onMessage, false);
    var watch = window.setInterval(function (): void {
        if (!done && popup.closed) {
            done = true;
            window.clearInterval(watch);
            window.removeEventListener("message", onMessage, false);
            handlers.fail(signInError(S.signInCancelled));
        }
    }, 500);
}

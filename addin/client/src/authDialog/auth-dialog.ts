// The sign-in page that auth.ts opens where Office has no nested app authentication: in an Office dialog
// (Office.context.ui.messageParent answers the pane) or, outside Office, in a browser window (postMessage to the
// opener, same origin only). It runs MSAL 2.39's redirect flow for the host's access_as_user scope; the page
// itself is the redirect address. The token goes to the opener only: never into the address, a log or storage
// of ours (MSAL keeps its own cache in sessionStorage, which ends with the dialog).
import { AppConfig } from "../shared/apiTypes";
import { DialogAnswer, loadConfig } from "../shared/auth";
import { byId } from "../shared/dom";
import { detectHost, HostInfo } from "../shared/host";
import { notify } from "../shared/notice";
import { S } from "../shared/strings";

interface Thenable<T> {
    then(ok: (value: T) => void, fail: (error: unknown) => void): unknown;
}

interface RedirectResult {
    accessToken: string;
    expiresOn: Date | null;
}

/** The part of MSAL 2's PublicClientApplication this page uses. */
interface Msal2Client {
    handleRedirectPromise(): Thenable<RedirectResult | null>;
    acquireTokenRedirect(request: { scopes: string[]; claims?: string; redirectStartPage?: string }): Thenable<void>;
}

interface Msal2Window {
    msal?: {
        PublicClientApplication: new (configuration: {
            auth: { clientId: string; authority: string; redirectUri: string; navigateToLoginRequestUrl: boolean };
            cache: { cacheLocation: string; storeAuthStateInCookie: boolean };
        }) => Msal2Client;
    };
}

var area = byId<HTMLElement>("auth-notice");
var answered = false;
var host: HostInfo | null = null;

function origin(): string {
    return window.location.protocol + "//" + window.location.host;
}

function reply(answer: DialogAnswer): void {
    if (answered) {
        return;
    }
    answered = true;
    var text = JSON.stringify(answer);
    if (answer.status === "ok") {
        notify(area, "success", S.authDone);
    } else {
        notify(area, "error", S.authFailed);
    }
    if (host && host.mode === "office" && Office.context && Office.context.ui && typeof Office.context.ui.messageParent === "function") {
        Office.context.ui.messageParent(text);
    } else if (window.opener && window.opener !== window) {
        (window.opener as Window).postMessage(text, origin());
    } else {
        notify(area, "warning", S.authNotFromAddin);
    }
}

function claimsOfAddress(): string | undefined {
    var match = /[?&]claims=([^&#]*)/.exec(window.location.search);
    if (!match) {
        return undefined;
    }
    try {
        return decodeURIComponent(match[1]);
    } catch (e) {
        return undefined;
    }
}

function signIn(config: AppConfig): void {
    var library = (window as unknown as Msal2Window).msal;
    if (!config.auth) {
        reply({ status: "error", reason: "config" });
        return;
    }
    if (!library || typeof library.PublicClientApplication !== "function") {
        reply({ status: "error", reason: "msal" });
        return;
    }
    var auth = config.auth;
    // The page is its own redirect address (registered as a SPA redirect URI of the app).
    var self = window.location.href.replace(/[?#].*$/, "");
    var returning = /[#&?](code|error)=/.test(window.location.hash + window.location.search);
    var claims = claimsOfAddress();
    var pca: Msal2Client;
    try {
        pca = new library.PublicClientApplication({
            auth: { clientId: auth.clientId, authority: auth.authority, redirectUri: self, navigateToLoginRequestUrl: false },
            // Internet Explorer 11 loses sessionStorage across the redirect in some zones: MSAL's documented cookie fallback.
            cache: { cacheLocation: "sessionStorage", storeAuthStateInCookie: true }
        });
    } catch (e) {
        reply({ status: "error", reason: "msal" });
        return;
    }
    pca.handleRedirectPromise().then(function (result: RedirectResult | null): void {
        if (result && result.accessToken) {
            reply({ status: "ok", accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : undefined });
            return;
        }
        if (returning) {
            // Back from the sign-in page without a token: do not loop.
            reply({ status: "error", reason: "signIn" });
            return;
        }
        var request: { scopes: string[]; claims?: string } = { scopes: [auth.apiScope] };
        if (claims) {
            request.claims = claims;
        }
        pca.acquireTokenRedirect(request).then(function (): void {
            // The browser is leaving for the sign-in page.
        }, function (): void {
            reply({ status: "error", reason: "signIn" });
        });
    }, function (): void {
        reply({ status: "error", reason: "signIn" });
    });
}

detectHost(function (info: HostInfo): void {
    if (host) {
        return;
    }
    host = info;
    loadConfig({
        ok: signIn,
        fail: function (): void {
            reply({ status: "error", reason: "config" });
        }
    });
});

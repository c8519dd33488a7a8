// Office or the plain browser. office.js may never load (a school network without internet) or load and
// answer host null (a plain browser); the page must not wait long for either.

/** Where the page runs. */
export interface HostInfo {
    /** "office" inside an Office application, else "plain". */
    mode: "office" | "plain";
    /** Office's host name ("Word", "Outlook", …) when mode is "office". */
    officeHost: string | null;
    /** Why plain: office.js missing, host null, or no answer in time. */
    reason: "office" | "noOfficeJs" | "noHost" | "timeout";
}

/** How long to wait for office.js when nothing says the page is in Office, and when something does. */
export var DETECT_SHORT_MS = 2500;
export var DETECT_LONG_MS = 15000;

interface OfficeWindow {
    Office?: { onReady?: (callback: (info: { host: unknown }) => void) => unknown };
}

/**
 * Calls found once with the host. If it had to give up waiting (timeout) and Office answers later after all,
 * it calls found a second time with the real host, so a slow office.js download still ends in Word mode.
 */
export function detectHost(found: (info: HostInfo) => void): void {
    var decided: HostInfo | null = null;
    var askedOffice = false;
    var start = new Date().getTime();
    // Office adds _host_Info to the pane's address; then office.js is worth waiting for.
    var inOfficeFrame = /[?&]_host_Info=/i.test(window.location.search) || window.parent !== window;
    var patience = inOfficeFrame ? DETECT_LONG_MS : DETECT_SHORT_MS;

    function decide(info: HostInfo): void {
        if (decided === null) {
            decided = info;
            found(info);
        } else if (decided.reason === "timeout" && info.mode === "office") {
            decided = info;
            found(info);
        }
    }

    function officeJsMissing(): void {
        if (!askedOffice) {
            decide({ mode: "plain", officeHost: null, reason: "noOfficeJs" });
        }
    }

    function askOffice(): boolean {
        var office = (window as unknown as OfficeWindow).Office;
        if (!office || typeof office.onReady !== "function") {
            return false;
        }
        askedOffice = true;
        // office.js has loaded: in a plain browser it answers at once, in Office it may take a few seconds.
        patience = Math.max(patience, DETECT_LONG_MS);
        office.onReady(function (info: { host: unknown }): void {
            var host = info && info.host ? String(info.host) : null;
            decide(host ? { mode: "office", officeHost: host, reason: "office" } : { mode: "plain", officeHost: null, reason: "noHost" });
        });
        return true;
    }

    window.addEventListener("error", function (event: Event): void {
        var target = event.target as HTMLScriptElement | null;
        if (target && target.tagName === "SCRIPT" && /appsforoffice\.microsoft\.com/i.test(target.src || "")) {
            officeJsMissing();
        }
    }, true);
    window.addEventListener("load", function (): void {
        if (!askedOffice && !askOffice()) {
            officeJsMissing();
        }
    }, false);

    if (askOffice()) {
        return;
    }
    var timer = window.setInterval(function (): void {
        if (askedOffice || askOffice()) {
            window.clearInterval(timer);
            return;
        }
        if (new Date().getTime() - start > patience) {
            window.clearInterval(timer);
            decide({ mode: "plain", officeHost: null, reason: "timeout" });
        }
    }, 50);
    window.setTimeout(function (): void {
        if (askedOffice && decided === null) {
            decide({ mode: "plain", officeHost: null, reason: "timeout" });
        }
    }, DETECT_LONG_MS + 1000);
}

/** Office.context.requirements.isSetSupported, false wherever Office or the call is missing. */
export function isSetSupported(name: string, version: string): boolean {
    try {
        return typeof Office !== "undefined" && !!Office.context && !!Office.context.requirements &&
            Office.context.requirements.isSetSupported(name, version);
    } catch (e) {
        return false;
    }
}

// The function file of the ribbon button "Báo cáo tháng" (manifest.xml: ExecuteFunction). Two functions:
//   openMonthlyReport   – the read surface: the month's report mail, as the host's draft (Microsoft 365) or a new message;
//   attachMonthlyReport – the compose surface: the report attached to the message being written.
// Whatever happens, the user sees one notification on the item and event.completed() is called, or Outlook spins.
import { installSignIn } from "../shared/auth";
import { M } from "../shared/mailStrings";
import { AppError, Handlers } from "../shared/outcome";
import { notifyItem } from "../shared/outlook";
import { attachReport, composeReport, defaultMonth } from "../shared/reportFlows";

/** The names manifest.xml gives <FunctionName>. */
export var READ_FUNCTION = "openMonthlyReport";
export var COMPOSE_FUNCTION = "attachMonthlyReport";

/** Outlook ends a function's runtime after five minutes: say so and complete before that. */
var WATCHDOG_MS = 270000;
/** How long to wait for the notification's callback before completing anyway. */
var NOTIFY_WAIT_MS = 5000;

interface CommandEvent {
    completed: (options?: Office.AddinCommands.EventCompletedOptions) => void;
}

/** The event being handled, so an uncaught error anywhere still ends it. */
var current: ((kind: "info" | "error", text: string) => void) | null = null;

function run(event: CommandEvent, action: (handlers: Handlers<string>) => void): void {
    var completed = false;
    var settled = false;
    var complete = function (): void {
        if (completed) {
            return;
        }
        completed = true;
        window.clearTimeout(watchdog);
        if (current === settle) {
            current = null;
        }
        try {
            event.completed();
        } catch (e) {
            // Nothing more can be done: the event is as completed as Outlook lets it be.
        }
    };
    var settle = function (kind: "info" | "error", text: string): void {
        if (settled) {
            return;
        }
        settled = true;
        try {
            notifyItem(kind, text, complete);
        } finally {
            window.setTimeout(complete, NOTIFY_WAIT_MS);
        }
    };
    var watchdog = window.setTimeout(function (): void {
        settle("error", M.commandTimeout);
    }, WATCHDOG_MS);
    current = settle;
    try {
        action({
            ok: function (text: string): void {
                settle("info", text);
            },
            fail: function (error: AppError): void {
                settle("error", error.detail || M.commandUnexpected);
            }
        });
    } catch (e) {
        settle("error", M.commandUnexpected);
    }
}

function withMonth(work: (month: string, handlers: Handlers<string>) => void): (handlers: Handlers<string>) => void {
    return function (handlers: Handlers<string>): void {
        defaultMonth({
            ok: function (month: string): void {
                work(month, handlers);
            },
            fail: handlers.fail
        });
    };
}

function openMonthlyReport(event: CommandEvent): void {
    run(event, withMonth(composeReport));
}

function attachMonthlyReport(event: CommandEvent): void {
    run(event, withMonth(attachReport));
}

// An error thrown in a callback (an Office call, a handler) ends the pending event with a message.
window.addEventListener("error", function (): void {
    if (current) {
        current("error", M.commandUnexpected);
    }
}, false);

installSignIn();
// Older Outlook finds the functions by their global names; newer ones through Office.actions.associate.
var globals = window as unknown as { [name: string]: unknown };
globals[READ_FUNCTION] = openMonthlyReport;
globals[COMPOSE_FUNCTION] = attachMonthlyReport;
if (typeof Office !== "undefined") {
    if (Office.actions && typeof Office.actions.associate === "function") {
        Office.actions.associate(READ_FUNCTION, openMonthlyReport);
        Office.actions.associate(COMPOSE_FUNCTION, attachMonthlyReport);
    }
    // The function runs only once Office has initialised the page.
    Office.onReady(function (): void {
        // Nothing to prepare: each call asks the host for what it needs.
    });
}

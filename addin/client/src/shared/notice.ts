// One message area per section: progress, success, warning or error, always as text.
import { addClass, append, clear, el, show } from "./dom";
import { AppError } from "./outcome";

export type NoticeKind = "info" | "success" | "warning" | "error" | "progress";

/** Shows one message (and optional lines under it) in the area, replacing what was there. */
export function notify(area: HTMLElement, kind: NoticeKind, text: string, lines?: string[]): void {
    clear(area);
    area.className = "notice notice-" + kind;
    area.setAttribute("role", kind === "error" ? "alert" : "status");
    area.appendChild(el("p", "notice-text", text));
    if (lines && lines.length) {
        var list = el("ul", "notice-lines");
        for (var i = 0; i < lines.length; i++) {
            list.appendChild(el("li", undefined, lines[i]));
        }
        area.appendChild(list);
    }
    show(area, true);
}

/** Adds one more message under what the area shows. */
export function addNote(area: HTMLElement, kind: NoticeKind, text: string): void {
    var note = el("p", "notice-note notice-note-" + kind, text);
    if (area.style.display === "none" || area.hasAttribute("hidden") || !area.firstChild) {
        notify(area, kind, text);
        return;
    }
    area.appendChild(note);
}

/** Shows an error: its title in bold, its detail under it. */
export function notifyError(area: HTMLElement, error: AppError): void {
    clear(area);
    area.className = "notice notice-error";
    area.setAttribute("role", "alert");
    if (error.title) {
        append(area, [el("p", "notice-title", error.title)]);
    }
    area.appendChild(el("p", "notice-text", error.detail));
    addClass(area, "notice-" + error.kind);
    show(area, true);
}

/** Empties and hides the area. */
export function hideNotice(area: HTMLElement): void {
    clear(area);
    show(area, false);
}

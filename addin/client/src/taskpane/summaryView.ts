// The answer of a save, list by list, as text.
import { IdMessage, SaveSummary } from "../shared/apiTypes";
import { append, clear, el } from "../shared/dom";
import { S } from "../shared/strings";

/** Renders the summary into the container (after what is there when append is true). */
export function renderSummary(container: HTMLElement, summary: SaveSummary, keep?: boolean): void {
    if (!keep) {
        clear(container);
    }
    var box = el("div", "summary");
    if (summary.message) {
        box.appendChild(el("p", "summary-message", summary.message));
    }
    ids(box, "summary-saved", S.summarySaved, summary.saved);
    ids(box, "summary-unchanged", S.summaryUnchanged, summary.unchanged);
    ids(box, "summary-empty", S.summaryEmpty, summary.empty);
    messages(box, "summary-unknown", S.summaryUnknown, summary.unknown);
    messages(box, "summary-failed", S.summaryFailed, summary.failed);
    ids(box, "summary-added", S.summaryAdded, summary.added);
    var problems = summary.problems || [];
    if (problems.length) {
        var list = el("ul");
        for (var i = 0; i < problems.length; i++) {
            list.appendChild(el("li", undefined, problems[i]));
        }
        box.appendChild(append(el("div", "summary-group summary-problems"), [el("h3", undefined, S.summaryProblems), list]));
    }
    container.appendChild(box);
}

function ids(box: HTMLElement, className: string, label: string, values: string[] | undefined): void {
    if (!values || !values.length) {
        return;
    }
    box.appendChild(append(el("div", "summary-group " + className), [
        el("h3", undefined, label + " (" + values.length + ")"),
        el("p", "summary-ids", values.join(", "))
    ]));
}

function messages(box: HTMLElement, className: string, label: string, values: IdMessage[] | undefined): void {
    if (!values || !values.length) {
        return;
    }
    var list = el("ul");
    for (var i = 0; i < values.length; i++) {
        list.appendChild(append(el("li"), [el("strong", undefined, values[i].id), " – " + values[i].message]));
    }
    box.appendChild(append(el("div", "summary-group " + className), [el("h3", undefined, label + " (" + values.length + ")"), list]));
}

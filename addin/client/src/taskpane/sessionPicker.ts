// The session picker: the next session first and selected, then the rest in the host's order.
import { SessionInfo, SessionList } from "../shared/apiTypes";
import { append, clear, el } from "../shared/dom";
import { S } from "../shared/strings";

/** Fills the select; returns the id selected (preferred if present, else the next session, else the first). */
export function fillPicker(select: HTMLSelectElement, list: SessionList, preferredId: string | null): string | null {
    while (select.options.length) {
        select.remove(0);
    }
    var ordered: SessionInfo[] = [];
    var next = findSession(list, list.nextSessionId);
    if (next) {
        ordered.push(next);
    }
    for (var i = 0; i < list.sessions.length; i++) {
        if (list.sessions[i] !== next) {
            ordered.push(list.sessions[i]);
        }
    }
    for (var j = 0; j < ordered.length; j++) {
        var option = document.createElement("option");
        option.value = ordered[j].id;
        option.appendChild(document.createTextNode(ordered[j].title + (ordered[j] === next ? S.nextSessionMark : "")));
        select.appendChild(option);
    }
    var chosen = findSession(list, preferredId) || next || ordered[0] || null;
    if (chosen) {
        select.value = chosen.id;
    }
    select.disabled = ordered.length === 0;
    return chosen ? chosen.id : null;
}

/** The session with this id, or null. */
export function findSession(list: SessionList | null, id: string | null | undefined): SessionInfo | null {
    if (!list || !id) {
        return null;
    }
    for (var i = 0; i < list.sessions.length; i++) {
        if (list.sessions[i].id === id) {
            return list.sessions[i];
        }
    }
    return null;
}

/** The session's start, deadline, counts and calendar warnings. */
export function renderSessionDetails(container: HTMLElement, session: SessionInfo | null): void {
    clear(container);
    if (!session) {
        return;
    }
    container.appendChild(el("p", "session-start", session.startText));
    container.appendChild(append(el("p", "session-deadline"), [S.deadlineLabel, session.deadlineText]));
    var counts = el("dl", "counts");
    var c = session.counts || { submissions: 0, late: 0, answered: 0 };
    var pairs: [string, number, string][] = [
        [S.countSubmissions, c.submissions, "count-submissions"],
        [S.countLate, c.late, "count-late"],
        [S.countAnswered, c.answered, "count-answered"]
    ];
    for (var i = 0; i < pairs.length; i++) {
        var item = el("div", "count " + pairs[i][2]);
        append(item, [el("dt", undefined, pairs[i][0]), el("dd", undefined, String(pairs[i][1]))]);
        counts.appendChild(item);
    }
    container.appendChild(counts);
    var warnings = session.warnings || [];
    if (warnings.length) {
        var box = el("div", "warnings");
        box.setAttribute("role", "note");
        box.appendChild(el("h3", undefined, S.warningsHeading));
        var list = el("ul");
        for (var w = 0; w < warnings.length; w++) {
            var li = el("li", "warning");
            li.setAttribute("data-code", warnings[w].code);
            li.appendChild(el("span", "warning-message", warnings[w].message));
            if (warnings[w].suggestion) {
                li.appendChild(el("span", "warning-suggestion", S.suggestionPrefix + warnings[w].suggestion));
            }
            list.appendChild(li);
        }
        box.appendChild(list);
        container.appendChild(box);
    }
}

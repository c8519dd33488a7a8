// A session's facts as both panes show them: start, deadline, counts and the calendar's warnings.
import { SessionInfo, SessionList } from "./apiTypes";
import { append, clear, el } from "./dom";
import { S } from "./strings";

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

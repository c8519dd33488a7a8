// The session picker: the next session first and selected, then the rest in the host's order.
import { SessionInfo, SessionList } from "../shared/apiTypes";
import { findSession } from "../shared/sessionDetails";
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

// The month picker and the month at a glance: its sessions, submissions by topic (the chart) and outcomes.
import { MonthInfo, MonthList, MonthSummary } from "../shared/apiTypes";
import { append, clear, el } from "../shared/dom";
import { M, MF } from "../shared/mailStrings";
import { renderTopicChart } from "./topicChart";

/** Fills the select, the default month first and selected; returns the month selected. */
export function fillMonths(select: HTMLSelectElement, list: MonthList): string | null {
    while (select.options.length) {
        select.remove(0);
    }
    var ordered: MonthInfo[] = [];
    var first: MonthInfo | null = null;
    for (var i = 0; i < list.months.length; i++) {
        if (list.months[i].month === list.defaultMonth) {
            first = list.months[i];
            ordered.push(first);
        }
    }
    for (var j = 0; j < list.months.length; j++) {
        if (list.months[j] !== first) {
            ordered.push(list.months[j]);
        }
    }
    for (var k = 0; k < ordered.length; k++) {
        var option = document.createElement("option");
        option.value = ordered[k].month;
        option.appendChild(document.createTextNode(MF.monthOption(ordered[k].label, ordered[k] === first)));
        select.appendChild(option);
    }
    var chosen = first || ordered[ordered.length - 1] || null;
    if (chosen) {
        select.value = chosen.month;
    }
    select.disabled = ordered.length === 0;
    return chosen ? chosen.month : null;
}

function outcomes(summary: MonthSummary): HTMLElement {
    var o = summary.outcomes;
    var pairs: [string, number, string][] = [
        [M.outcomeAnswered, o.answered, "outcome-answered"],
        [M.outcomeResolved, o.resolved, "outcome-resolved"],
        [M.outcomeForwarded, o.forwarded, "outcome-forwarded"],
        [M.outcomeOutside, o.outsideAuthority, "outcome-outside"],
        [M.outcomePending, o.pending, "outcome-pending"]
    ];
    var list = el("dl", "outcomes");
    for (var i = 0; i < pairs.length; i++) {
        list.appendChild(append(el("div", "outcome " + pairs[i][2]), [el("dt", undefined, pairs[i][0]), el("dd", undefined, String(pairs[i][1]))]));
    }
    return list;
}

/** Replaces the container's content with the month at a glance. */
export function renderMonth(container: HTMLElement, summary: MonthSummary): void {
    clear(container);
    container.appendChild(el("h3", undefined, M.monthSessions));
    if (summary.sessions.length) {
        var sessions = el("ul", "month-sessions");
        for (var i = 0; i < summary.sessions.length; i++) {
            var s = summary.sessions[i];
            var item = el("li", s.held ? "month-session held" : "month-session");
            append(item, [el("span", "month-session-title", s.title), " – " + s.startText + " ",
                el("span", s.held ? "tag tag-held" : "tag tag-pending", s.held ? M.heldMark : M.notHeldMark)]);
            sessions.appendChild(item);
        }
        container.appendChild(sessions);
    } else {
        container.appendChild(el("p", "hint", M.noSessionsInMonth));
    }
    container.appendChild(el("p", "month-total", MF.summaryTotal(summary.total, summary.label)));
    container.appendChild(el("h3", undefined, M.chartHeading));
    var chart = el("div", "chart-box");
    renderTopicChart(chart, summary);
    container.appendChild(chart);
    container.appendChild(el("h3", undefined, M.outcomesHeading));
    container.appendChild(outcomes(summary));
}

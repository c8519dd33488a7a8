// Submissions by topic as an inline SVG bar chart, drawn by our code (Chart.js 3+ dropped Internet Explorer 11).
// Built with createElementNS and text nodes only: topic names come from the workbook and may hold markup.
import { MonthSummary, TopicCount } from "../shared/apiTypes";
import { el } from "../shared/dom";
import { M, MF } from "../shared/mailStrings";

var SVG_NS = "http://www.w3.org/2000/svg";
/** The drawing's own units; the svg scales to the pane's width. */
var WIDTH = 300;
var BAR_WIDTH = 250;
var ROW = 38;
var LEGEND = 22;
var LABEL_MAX = 44;

function svg(tag: string, attributes: { [name: string]: string | number }, text?: string): SVGElement {
    var node = document.createElementNS(SVG_NS, tag) as SVGElement;
    for (var name in attributes) {
        if (attributes.hasOwnProperty(name)) {
            node.setAttribute(name, String(attributes[name]));
        }
    }
    if (text !== undefined) {
        node.appendChild(document.createTextNode(text));
    }
    return node;
}

function shortLabel(topic: string): string {
    return topic.length <= LABEL_MAX ? topic : topic.substring(0, LABEL_MAX - 1) + "…";
}

function legend(chart: SVGElement): void {
    var items: [string, string][] = [["bar-day", M.chartDay], ["bar-semi", M.chartSemiBoarding]];
    var x = 0;
    for (var i = 0; i < items.length; i++) {
        chart.appendChild(svg("rect", { "class": items[i][0], x: x, y: 4, width: 12, height: 12 }));
        chart.appendChild(svg("text", { "class": "chart-legend", x: x + 16, y: 14 }, items[i][1]));
        x += 130;
    }
}

function bar(row: TopicCount, index: number, max: number): SVGElement {
    var top = LEGEND + index * ROW;
    var group = svg("g", { "class": "chart-bar", "data-topic": row.topic, "data-count": row.count });
    group.appendChild(svg("title", {}, MF.chartBar(row.topic, row.count, row.day, row.semiBoarding)));
    group.appendChild(svg("text", { "class": "chart-label", x: 0, y: top + 12 }, shortLabel(row.topic)));
    var length = max > 0 ? Math.max(row.count > 0 ? 2 : 0, Math.round(row.count / max * BAR_WIDTH)) : 0;
    // Split by cohort when the parts add up; otherwise one bar of the total.
    var split = row.day >= 0 && row.semiBoarding >= 0 && row.day + row.semiBoarding === row.count;
    var dayLength = split && row.count > 0 ? Math.round(length * row.day / row.count) : length;
    group.appendChild(svg("rect", { "class": "bar-day", x: 0, y: top + 17, width: dayLength, height: 14 }));
    if (split && length - dayLength > 0) {
        group.appendChild(svg("rect", { "class": "bar-semi", x: dayLength, y: top + 17, width: length - dayLength, height: 14 }));
    }
    group.appendChild(svg("text", { "class": "chart-value", x: length + 4, y: top + 28 }, String(row.count)));
    return group;
}

/** Replaces the container's content with the chart of the month's topics (or a line saying there are none). */
export function renderTopicChart(container: HTMLElement, summary: MonthSummary): void {
    var rows = summary.byTopic;
    if (!rows.length) {
        container.appendChild(el("p", "hint chart-empty", M.chartEmpty));
        return;
    }
    var max = 0;
    for (var i = 0; i < rows.length; i++) {
        max = Math.max(max, rows[i].count);
    }
    var height = LEGEND + rows.length * ROW;
    var chart = svg("svg", {
        "class": "chart", viewBox: "0 0 " + WIDTH + " " + height, width: "100%", height: height,
        preserveAspectRatio: "xMinYMin meet", role: "img", "aria-labelledby": "chart-title", focusable: "false"
    });
    chart.appendChild(svg("title", { id: "chart-title" }, MF.chartTitle(summary.label)));
    legend(chart);
    for (var j = 0; j < rows.length; j++) {
        chart.appendChild(bar(rows[j], j, max));
    }
    container.appendChild(chart);
}

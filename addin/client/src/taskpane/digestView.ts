// The pre-session digest for the leadership: topics, duplicates, silent classes, late submissions.
import { Digest } from "../shared/apiTypes";
import { append, clear, el } from "../shared/dom";
import { F, S } from "../shared/strings";

/** Renders the digest into the container. */
export function renderDigest(container: HTMLElement, digest: Digest): void {
    clear(container);
    var placeWord = digest.placeWord || "lớp";
    container.appendChild(el("p", "digest-totals", F.digestTotals(digest.total, digest.places, digest.expectedPlaces, placeWord)));

    container.appendChild(el("h3", undefined, S.digestTopics));
    var topics = digest.topics || [];
    if (!topics.length) {
        container.appendChild(el("p", "digest-empty", S.digestNone));
    }
    for (var t = 0; t < topics.length; t++) {
        var topic = topics[t];
        var block = el("div", "digest-topic");
        block.appendChild(el("h4", undefined, topic.topic + " (" + topic.submissions.length + ")"));
        var list = el("ul");
        for (var s = 0; s < topic.submissions.length; s++) {
            var sub = topic.submissions[s];
            var li = el("li", "digest-submission");
            li.setAttribute("data-id", sub.id);
            append(li, [el("strong", undefined, sub.classOrRoom), ": ", el("span", "digest-content", sub.content), " ", el("span", "digest-id", "(" + sub.id + ")")]);
            if (sub.late) {
                li.appendChild(el("span", "tag tag-late", S.digestLateMark));
            }
            if (sub.duplicateGroup) {
                li.appendChild(el("span", "tag tag-duplicate", F.digestGroup(sub.duplicateGroup)));
            }
            list.appendChild(li);
        }
        block.appendChild(list);
        container.appendChild(block);
    }

    var groups = digest.duplicateGroups || [];
    var groupLines: string[] = [];
    for (var g = 0; g < groups.length; g++) {
        groupLines.push(F.digestGroupLine(g + 1, groups[g].join(", ")));
    }
    section(container, "digest-duplicates", S.digestDuplicates, groupLines);
    section(container, "digest-silent", F.digestSilent(placeWord), digest.silent && digest.silent.length ? [digest.silent.join(", ")] : []);
    section(container, "digest-late", S.digestLate, digest.late && digest.late.length ? [digest.late.join(", ")] : []);
}

function section(container: HTMLElement, className: string, heading: string, lines: string[]): void {
    var block = el("div", className);
    block.appendChild(el("h3", undefined, heading));
    if (!lines.length) {
        block.appendChild(el("p", "digest-empty", S.digestNone));
    }
    for (var i = 0; i < lines.length; i++) {
        block.appendChild(el("p", undefined, lines[i]));
    }
    container.appendChild(block);
}

// The coming session's classes or rooms that have sent nothing yet, with the teacher in charge of each.
import { Reminder } from "../shared/apiTypes";
import { append, clear, el } from "../shared/dom";
import { M, MF } from "../shared/mailStrings";

/** Renders the list; returns whether there is anyone to remind. */
export function renderReminder(container: HTMLElement, reminder: Reminder): boolean {
    clear(container);
    if (!reminder.silent.length) {
        container.appendChild(el("p", "silent-none", M.silentNone));
        return false;
    }
    container.appendChild(el("p", "silent-count", MF.silentCount(reminder.silent.length, reminder.placeWord, reminder.deadlineText)));
    var list = el("ul", "silent");
    for (var i = 0; i < reminder.silent.length; i++) {
        var place = reminder.silent[i];
        var item = el("li", "silent-place");
        append(item, [el("strong", "silent-name", place.classOrRoom), " – ",
            place.teacher ? el("span", "silent-teacher", place.teacher) : el("span", "silent-teacher hint", M.silentNoTeacher)]);
        list.appendChild(item);
    }
    container.appendChild(list);
    return true;
}

/** A mailto: address with recipients and subject (a mail program cannot take an HTML body from a link). */
export function mailtoOf(to: string[], subject: string): string {
    var recipients: string[] = [];
    for (var i = 0; i < to.length; i++) {
        recipients.push(encodeURIComponent(to[i]));
    }
    return "mailto:" + recipients.join(",") + "?subject=" + encodeURIComponent(subject);
}

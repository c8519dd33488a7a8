// The content controls of a minutes document: the same contract as MinutesTags in the library.
import { ControlText, Submission } from "../shared/apiTypes";
import { F } from "../shared/strings";
import { startsWith } from "../shared/text";

export var ANSWER_PREFIX = "answer:";
export var HANDLING_PREFIX = "handling:";
export var ON_THE_SPOT = "onthespot";
export var END_TIME = "endtime";
/** The custom document property naming the session of the minutes. */
export var SESSION_PROPERTY = "DoiThoaiSession";

var ANSWER_TITLE = "Trả lời ";
var HANDLING_TITLE = "Xử lý ";
var ON_THE_SPOT_TITLE = "Câu hỏi tại buổi";
var END_TIME_TITLE = "Giờ kết thúc";

/** The tags a complete minutes document of these submissions has. */
export function expectedTags(submissions: Submission[]): string[] {
    var tags: string[] = [];
    for (var i = 0; i < submissions.length; i++) {
        tags.push(ANSWER_PREFIX + submissions[i].id, HANDLING_PREFIX + submissions[i].id);
    }
    tags.push(ON_THE_SPOT, END_TIME);
    return tags;
}

/** The tag a control stands for, from its tag or else its title (the server's reader accepts either). */
export function resolveTag(tag: string | null | undefined, title: string | null | undefined): string | null {
    var t = tag ? String(tag).replace(/^\s+|\s+$/g, "") : "";
    if (t) {
        return t;
    }
    var name = title ? String(title).replace(/^\s+|\s+$/g, "") : "";
    if (startsWith(name, ANSWER_TITLE)) {
        return ANSWER_PREFIX + name.substring(ANSWER_TITLE.length).replace(/^\s+/, "");
    }
    if (startsWith(name, HANDLING_TITLE)) {
        return HANDLING_PREFIX + name.substring(HANDLING_TITLE.length).replace(/^\s+/, "");
    }
    return name === ON_THE_SPOT_TITLE ? ON_THE_SPOT : name === END_TIME_TITLE ? END_TIME : null;
}

/** The expected tags that no control carries (by tag or title), in the expected order. */
export function missingTags(expected: string[], controls: ControlText[]): string[] {
    var present: { [tag: string]: boolean } = {};
    for (var i = 0; i < controls.length; i++) {
        var key = resolveTag(controls[i].tag, controls[i].title);
        if (key) {
            present[key] = true;
        }
    }
    var missing: string[] = [];
    for (var j = 0; j < expected.length; j++) {
        if (!present.hasOwnProperty(expected[j])) {
            missing.push(expected[j]);
        }
    }
    return missing;
}

/** A tag in words, for the secretary. */
export function describeTag(tag: string): string {
    if (startsWith(tag, ANSWER_PREFIX)) {
        return F.controlAnswer(tag.substring(ANSWER_PREFIX.length));
    }
    if (startsWith(tag, HANDLING_PREFIX)) {
        return F.controlHandling(tag.substring(HANDLING_PREFIX.length));
    }
    return tag === ON_THE_SPOT ? F.controlOnTheSpot() : tag === END_TIME ? F.controlEndTime() : tag;
}

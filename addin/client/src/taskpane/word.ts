// What the pane asks of Word. Each call is one Word.run batch; results and errors reach callbacks, so the
// only Promise in play is the one office.js brings (it polyfills Promise in Internet Explorer 11).
import { ControlText, OnTheSpotQuestion } from "../shared/apiTypes";
import { concatBytes } from "../shared/base64";
import { SLICE_SIZE } from "../shared/files";
import { isSetSupported } from "../shared/host";
import { AppError, Handlers } from "../shared/outcome";
import { F, S } from "../shared/strings";
import { isBlank } from "../shared/text";
import { ON_THE_SPOT, SESSION_PROPERTY } from "./minutesControls";

/** The highest WordApi set the pane uses that this Word supports, or null (Word 2013 and older). */
export function wordApiLevel(): "1.3" | "1.1" | null {
    return isSetSupported("WordApi", "1.3") ? "1.3" : isSetSupported("WordApi", "1.1") ? "1.1" : null;
}

function officeError(error: unknown): AppError {
    var e = error as { message?: unknown; code?: unknown } | null;
    var why = e && typeof e.message === "string" && e.message ? e.message : String(error);
    return { kind: "office", title: S.errorTitle, detail: F.officeError(why), code: e && typeof e.code === "string" ? e.code : undefined };
}

function run<T>(batch: (context: Word.RequestContext) => Promise<T>, handlers: Handlers<T>): void {
    try {
        Word.run(batch).then(handlers.ok, function (error: unknown): void {
            handlers.fail(officeError(error));
        });
    } catch (error) {
        handlers.fail(officeError(error));
    }
}

/** The DoiThoaiSession custom property of the open document (WordApi 1.3), or null. */
export function readSessionProperty(handlers: Handlers<string | null>): void {
    run(function (context: Word.RequestContext): Promise<string | null> {
        var properties = context.document.properties.customProperties;
        properties.load("items/key,items/value");
        return context.sync().then(function (): string | null {
            for (var i = 0; i < properties.items.length; i++) {
                if (String(properties.items[i].key).toLowerCase() === SESSION_PROPERTY.toLowerCase()) {
                    var value = properties.items[i].value;
                    return value === null || value === undefined || isBlank(String(value)) ? null : String(value);
                }
            }
            return null;
        });
    }, handlers);
}

/** Opens the file as a new document (WordApi 1.3): the whole file, headers and page numbers included. */
export function openAsNewDocument(base64: string, handlers: Handlers<void>): void {
    run(function (context: Word.RequestContext): Promise<void> {
        context.application.createDocument(base64).open();
        return context.sync();
    }, handlers);
}

/** The open document's body text, to ask before replacing it. */
export function readBodyText(handlers: Handlers<string>): void {
    run(function (context: Word.RequestContext): Promise<string> {
        var body = context.document.body;
        body.load("text");
        return context.sync().then(function (): string {
            return body.text;
        });
    }, handlers);
}

/** Replaces the open document's body with the file's (WordApi 1.1: headers and footers are dropped). */
export function replaceBody(base64: string, handlers: Handlers<void>): void {
    run(function (context: Word.RequestContext): Promise<void> {
        context.document.body.insertFileFromBase64(base64, "Replace");
        return context.sync();
    }, handlers);
}

/** Tag, title and text of every content control of the open document. */
export function readControls(handlers: Handlers<ControlText[]>): void {
    run(function (context: Word.RequestContext): Promise<ControlText[]> {
        var controls = context.document.contentControls;
        controls.load("items/tag,items/title,items/text");
        return context.sync().then(function (): ControlText[] {
            var result: ControlText[] = [];
            for (var i = 0; i < controls.items.length; i++) {
                var c = controls.items[i];
                result.push({ tag: c.tag || "", title: c.title || "", text: c.text || "" });
            }
            return result;
        });
    }, handlers);
}

/** What addQuestion did: whether the table was there, and the (1-based, header excluded) row written. */
export interface RowWritten {
    found: boolean;
    row: number;
}

/** The first row of values after the header whose class, question and answer cells are all empty, or -1. */
export function firstEmptyRow(values: string[][]): number {
    for (var r = 1; r < values.length; r++) {
        var row = values[r];
        if (row.length >= 3 && isBlank(row[1]) && isBlank(row[2]) && isBlank(row[3])) {
            return r;
        }
    }
    return -1;
}

/** The on-the-spot table's filled rows as questions (WordApi 1.3 tables). */
export function questionsOf(values: string[][]): OnTheSpotQuestion[] {
    var questions: OnTheSpotQuestion[] = [];
    for (var r = 1; r < values.length; r++) {
        var row = values[r];
        if (row.length >= 3 && !isBlank(row[2])) {
            questions.push({ classOrRoom: trim(row[1]), content: trim(row[2]), answer: row.length > 3 ? trim(row[3]) : "" });
        }
    }
    return questions;
}

function trim(text: string | undefined): string {
    return text ? String(text).replace(/^\s+|\s+$/g, "") : "";
}

/** Writes a question into the first empty row of the table in the onthespot control, or a new last row (WordApi 1.3). */
export function addQuestion(question: OnTheSpotQuestion, handlers: Handlers<RowWritten>): void {
    run(function (context: Word.RequestContext): Promise<RowWritten> {
        var controls = context.document.contentControls.getByTag(ON_THE_SPOT);
        controls.load("items/tag");
        return context.sync().then(function (): RowWritten | Promise<RowWritten> {
            if (controls.items.length === 0) {
                return { found: false, row: 0 };
            }
            var tables = controls.items[0].tables;
            tables.load("items/values,items/rowCount");
            return context.sync().then(function (): RowWritten | Promise<RowWritten> {
                if (tables.items.length === 0) {
                    return { found: false, row: 0 };
                }
                var table = tables.items[0];
                var values = table.values;
                var row = firstEmptyRow(values);
                if (row > 0) {
                    table.getCell(row, 1).value = question.classOrRoom;
                    table.getCell(row, 2).value = question.content;
                    table.getCell(row, 3).value = question.answer;
                } else {
                    row = values.length;
                    table.addRows("End", 1, [[String(row), question.classOrRoom, question.content, question.answer]]);
                }
                return context.sync().then(function (): RowWritten {
                    return { found: true, row: row };
                });
            });
        });
    }, handlers);
}

/** The filled rows of the on-the-spot table (WordApi 1.3), or an empty list when there is no table. */
export function readQuestions(handlers: Handlers<OnTheSpotQuestion[]>): void {
    run(function (context: Word.RequestContext): Promise<OnTheSpotQuestion[]> {
        var controls = context.document.contentControls.getByTag(ON_THE_SPOT);
        controls.load("items/tag");
        return context.sync().then(function (): OnTheSpotQuestion[] | Promise<OnTheSpotQuestion[]> {
            if (controls.items.length === 0) {
                return [];
            }
            var tables = controls.items[0].tables;
            tables.load("items/values");
            return context.sync().then(function (): OnTheSpotQuestion[] {
                return tables.items.length === 0 ? [] : questionsOf(tables.items[0].values);
            });
        });
    }, handlers);
}

/** Whether Office offers getFileAsync at all (Word on the web is documented inconsistently). */
export function canReadFile(): boolean {
    return typeof Office !== "undefined" && !!Office.context && !!Office.context.document &&
        typeof Office.context.document.getFileAsync === "function";
}

/** The open document as .docx bytes, read slice by slice; the file is always closed again. */
export function readFile(onSlice: (done: number, total: number) => void, handlers: Handlers<Uint8Array>): void {
    var failed = function (why: unknown): void {
        handlers.fail(officeError(why));
    };
    try {
        Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, function (result: Office.AsyncResult<Office.File>): void {
            if (result.status !== Office.AsyncResultStatus.Succeeded) {
                failed(result.error);
                return;
            }
            var file = result.value;
            var count = file.sliceCount;
            var slices: ArrayLike<number>[] = [];
            var finish = function (error: unknown): void {
                file.closeAsync(function (): void {
                    if (error) {
                        failed(error);
                    } else {
                        handlers.ok(concatBytes(slices));
                    }
                });
            };
            var next = function (index: number): void {
                if (index >= count) {
                    finish(null);
                    return;
                }
                file.getSliceAsync(index, function (slice: Office.AsyncResult<Office.Slice>): void {
                    if (slice.status !== Office.AsyncResultStatus.Succeeded) {
                        finish(slice.error || new Error("getSliceAsync"));
                        return;
                    }
                    slices.push(slice.value.data as ArrayLike<number>);
                    onSlice(index + 1, count);
                    next(index + 1);
                });
            };
            next(0);
        });
    } catch (error) {
        failed(error);
    }
}

// Installs the fake: window.Office, window.Word and the test's helpers window.__fakeWord. Injected before the
// page's scripts (Playwright AddInitScriptAsync); office.js from the CDN must be blocked or answered by the test.
import { config, supports } from "./config";
import { ControlInfo, FakeDocx } from "./docx";
import { makeOffice } from "./office";
import { FakeOutlookRecord, makeBridge, makeOutlook } from "./outlook";
import { FakeContext, FakeState, makeRun } from "./word";

/** What a test can do with the open document. */
export interface FakeWordHelpers {
    /** Types text into the control with this tag (or title), as the secretary would; false when there is none. */
    fill(tag: string, text: string): boolean;
    /** Writes a question into the first empty row of the on-the-spot table (or a new row); returns the row index. */
    addOnTheSpotRow(classOrRoom: string, content: string, answer: string): number;
    /** Every content control's tag, title and text. */
    controls(): ControlInfo[];
    /** The cells of the first table in the control with this tag. */
    tableValues(tag: string): string[][];
    /** A custom document property, or null. */
    customProperty(name: string): string | null;
    /** word/document.xml as it is now. */
    documentXml(): string;
    /** The open document as base64 .docx (what getFileAsync would give). */
    documentBase64(): string;
    /** Makes this .docx (base64) the open document. */
    open(base64: string): void;
    /** What the page did: createDocument.open, body.insertFileFromBase64:Replace, getFileAsync:…, getSliceAsync:n, closeAsync. */
    log: string[];
    /** Files from getFileAsync not closed yet. */
    openFiles(): number;
}

function toBase64(bytes: Uint8Array): string {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + 0x8000)));
    }
    return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}

interface FakeWindow {
    Office?: unknown;
    Word?: unknown;
    __fakeWord?: FakeWordHelpers;
    __fakeOutlook?: FakeOutlookRecord;
    nestedAppAuthBridge?: unknown;
}

const w = window as unknown as FakeWindow;
// Installed once, even when a test both injects the fake and answers office.js's URL with it.
if (!w.__fakeWord) {
    const initial = config().document;
    const state: FakeState = { docx: initial ? FakeDocx.fromBytes(fromBase64(initial)) : FakeDocx.blank(), log: [] };
    const openFiles = { count: 0 };
    const onTheSpot = (): Element => {
        const control = state.docx.control("onthespot") || state.docx.control("Câu hỏi tại buổi");
        const table = control ? state.docx.tables(control)[0] : undefined;
        if (!table) {
            throw new Error("The open document has no on-the-spot table.");
        }
        return table;
    };
    const helpers: FakeWordHelpers = {
        fill(tag, text) {
            const control = state.docx.control(tag);
            if (!control) {
                return false;
            }
            state.docx.setControlText(control, text);
            return true;
        },
        addOnTheSpotRow(classOrRoom, content, answer) {
            const table = onTheSpot();
            const values = state.docx.tableValues(table);
            for (let r = 1; r < values.length; r++) {
                if (values[r].slice(1).every((cell) => cell.trim() === "")) {
                    state.docx.setCellText(table, r, 1, classOrRoom);
                    state.docx.setCellText(table, r, 2, content);
                    state.docx.setCellText(table, r, 3, answer);
                    return r;
                }
            }
            state.docx.addRows(table, [[String(values.length), classOrRoom, content, answer]]);
            return values.length;
        },
        controls: () => state.docx.controls().map((c) => state.docx.info(c)),
        tableValues(tag) {
            const control = state.docx.control(tag);
            const table = control ? state.docx.tables(control)[0] : undefined;
            return table ? state.docx.tableValues(table) : [];
        },
        customProperty(name) {
            const found = state.docx.customProperties().filter((p) => p.key === name)[0];
            return found ? found.value : null;
        },
        documentXml: () => new XMLSerializer().serializeToString(state.docx.xml),
        documentBase64: () => toBase64(state.docx.toBytes()),
        open(base64) {
            state.docx = FakeDocx.fromBytes(fromBase64(base64));
        },
        log: state.log,
        openFiles: () => openFiles.count,
    };
    w.__fakeWord = helpers;
    const outlook = makeOutlook();
    w.__fakeOutlook = outlook.record;
    w.Office = makeOffice(state, openFiles, outlook);
    // Office puts the bridge on the window where it supports nested app authentication.
    if (supports("NestedAppAuth", "1.1")) {
        w.nestedAppAuthBridge = makeBridge(outlook.record);
    }
    // new Word.RequestContext() works too, over the same document.
    const RequestContext = function (): FakeContext {
        return new FakeContext(state);
    };
    w.Word = { run: makeRun(state), RequestContext: RequestContext, InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" } };
}

// The secretary's pane in Word (and the same page in a plain browser): pick the session, open the minutes,
// add questions raised at the session, save the answers back, read the digest.
import { getDigest, getDigestDocx, getMinutes, getSessions, getSubmissions, saveMinutesFile, saveMinutesForm } from "../shared/api";
import { ControlText, DownloadedFile, MinutesForm, OnTheSpotQuestion, SaveSummary, SessionList } from "../shared/apiTypes";
import { installSignIn } from "../shared/auth";
import { toBase64 } from "../shared/base64";
import { byId, clear, el, on, setText, show } from "../shared/dom";
import { saveFile } from "../shared/download";
import { MAX_UPLOAD_BYTES } from "../shared/files";
import { detectHost, HostInfo } from "../shared/host";
import { addNote, hideNotice, notify, notifyError } from "../shared/notice";
import { AppError, Handlers } from "../shared/outcome";
import { findSession, renderSessionDetails } from "../shared/sessionDetails";
import { F, S } from "../shared/strings";
import { isBlank } from "../shared/text";
import { renderDigest } from "./digestView";
import { describeTag, expectedTags, missingTags } from "./minutesControls";
import { renderPageQuestions } from "./pageQuestions";
import { fillPicker } from "./sessionPicker";
import { renderSummary } from "./summaryView";
import {
    addQuestion, canReadFile, openAsNewDocument, readBodyText, readControls, readFile, readQuestions, readSessionProperty,
    replaceBody, wordApiLevel
} from "./word";

interface PaneState {
    host: HostInfo | null;
    /** True in Word with at least WordApi 1.1. */
    inWord: boolean;
    wordApi: "1.3" | "1.1" | null;
    sessions: SessionList | null;
    sessionId: string | null;
    /** The DoiThoaiSession property of the open document, when Word could tell. */
    documentSessionId: string | null;
    pageQuestions: OnTheSpotQuestion[];
    busy: boolean;
    pendingReplace: string | null;
}

var state: PaneState = {
    host: null, inWord: false, wordApi: null, sessions: null, sessionId: null, documentSessionId: null,
    pageQuestions: [], busy: false, pendingReplace: null
};

var ui = {
    mode: byId<HTMLElement>("mode"),
    select: byId<HTMLSelectElement>("session-select"),
    sessionNotice: byId<HTMLElement>("session-notice"),
    details: byId<HTMLElement>("session-details"),
    openMinutes: byId<HTMLButtonElement>("open-minutes"),
    minutesNotice: byId<HTMLElement>("minutes-notice"),
    confirm: byId<HTMLElement>("confirm-replace"),
    replaceYes: byId<HTMLButtonElement>("replace-yes"),
    replaceNo: byId<HTMLButtonElement>("replace-no"),
    form: byId<HTMLFormElement>("onthespot-form"),
    classOrRoom: byId<HTMLInputElement>("onthespot-class"),
    question: byId<HTMLTextAreaElement>("onthespot-question"),
    answer: byId<HTMLTextAreaElement>("onthespot-answer"),
    addQuestion: byId<HTMLButtonElement>("onthespot-add"),
    onTheSpotNotice: byId<HTMLElement>("onthespot-notice"),
    pageBox: byId<HTMLElement>("onthespot-page"),
    pageList: byId<HTMLElement>("onthespot-items"),
    save: byId<HTMLButtonElement>("save"),
    saveHint: byId<HTMLElement>("save-hint"),
    fileRow: byId<HTMLElement>("file-row"),
    fileInput: byId<HTMLInputElement>("file-input"),
    fileName: byId<HTMLElement>("file-name"),
    saveNotice: byId<HTMLElement>("save-notice"),
    summary: byId<HTMLElement>("save-summary"),
    showDigest: byId<HTMLButtonElement>("show-digest"),
    digestDocx: byId<HTMLButtonElement>("digest-docx"),
    digestNotice: byId<HTMLElement>("digest-notice"),
    digest: byId<HTMLElement>("digest")
};

function setBusy(busy: boolean): void {
    state.busy = busy;
    ui.openMinutes.disabled = busy;
    ui.save.disabled = busy;
    ui.addQuestion.disabled = busy;
}

/** Runs an action unless another is under way or the session or host is not known yet. */
function guard(area: HTMLElement, needsSession: boolean): boolean {
    if (state.busy) {
        notify(area, "info", S.busy);
        return false;
    }
    if (!state.host) {
        notify(area, "info", S.modeDetecting);
        return false;
    }
    if (needsSession && !state.sessionId) {
        notify(area, "warning", S.needSession);
        return false;
    }
    return true;
}

function done<T>(area: HTMLElement, ok: (value: T) => void): Handlers<T> {
    return {
        ok: function (value: T): void {
            setBusy(false);
            ok(value);
        },
        fail: function (error: AppError): void {
            setBusy(false);
            notifyError(area, error);
        }
    };
}

// ---- host and sessions ----

var readyMarked = false;
var sessionsFailed = false;

/**
 * Once the host is known and the sessions answered (or failed), the pane is usable: says so with the mark
 * "doithoai-pane-ready" (performance timeline, from navigation) and data-ready on the html element, for the tests.
 */
function markReady(): void {
    if (readyMarked || !state.host || (!state.sessions && !sessionsFailed)) {
        return;
    }
    readyMarked = true;
    var timing = window.performance;
    if (timing && typeof timing.mark === "function") {
        timing.mark("doithoai-pane-ready");
    }
    document.documentElement.setAttribute("data-ready", "true");
}

function applyHost(info: HostInfo): void {
    var late = state.host !== null;
    state.host = info;
    state.wordApi = info.mode === "office" && info.officeHost === "Word" ? wordApiLevel() : null;
    state.inWord = state.wordApi !== null;
    var text = state.inWord ? F.modeWord(state.wordApi as string)
        : info.mode !== "office" ? S.modePlain
            : info.officeHost === "Word" ? S.modeWordTooOld : S.modeOtherHost;
    setText(ui.mode, late && state.inWord ? S.modeLateWord + " " + text : text);
    ui.mode.setAttribute("data-mode", state.inWord ? "word" : "plain");
    document.documentElement.setAttribute("data-mode", state.inWord ? "word" : "plain");
    show(ui.fileRow, !state.inWord);
    setText(ui.saveHint, state.inWord ? S.saveHintWord : S.saveHintPlain);
    setText(ui.digestDocx, state.inWord && state.wordApi === "1.3" ? S.digestOpenInWord : S.digestDownload);
    if (state.wordApi === "1.3") {
        readSessionProperty({
            ok: function (id: string | null): void {
                state.documentSessionId = id;
                if (id) {
                    useDocumentSession();
                }
            },
            fail: function (): void {
                // A document without properties support: the picker keeps the next session.
            }
        });
    }
}

function loadSessions(): void {
    notify(ui.sessionNotice, "progress", S.loadingSessions);
    getSessions({
        ok: function (list: SessionList): void {
            state.sessions = list;
            state.sessionId = fillPicker(ui.select, list, state.documentSessionId);
            if (list.sessions.length === 0) {
                notify(ui.sessionNotice, "info", S.noSessions);
            } else {
                hideNotice(ui.sessionNotice);
            }
            renderSessionDetails(ui.details, findSession(list, state.sessionId));
            if (state.documentSessionId) {
                useDocumentSession();
            }
            markReady();
        },
        fail: function (error: AppError): void {
            sessionsFailed = true;
            markReady();
            notifyError(ui.sessionNotice, error);
            var retry = el("button", "secondary", S.retry) as HTMLButtonElement;
            retry.type = "button";
            retry.id = "retry-sessions";
            on(retry, "click", loadSessions);
            ui.sessionNotice.appendChild(retry);
        }
    });
}

/** Selects the session the open document belongs to and checks its controls. */
function useDocumentSession(): void {
    var id = state.documentSessionId;
    if (!id || !state.sessions) {
        return;
    }
    var session = findSession(state.sessions, id);
    if (!session) {
        notify(ui.sessionNotice, "warning", F.documentSessionUnknown(id));
        return;
    }
    state.sessionId = fillPicker(ui.select, state.sessions, id);
    renderSessionDetails(ui.details, session);
    notify(ui.sessionNotice, "info", F.documentSession(session.title));
    checkControls(id, ui.minutesNotice, false);
}

function onSessionChange(): void {
    state.sessionId = ui.select.value || null;
    renderSessionDetails(ui.details, findSession(state.sessions, state.sessionId));
    clear(ui.digest);
    hideNotice(ui.digestNotice);
    clear(ui.summary);
    if (state.documentSessionId && state.sessionId !== state.documentSessionId) {
        notify(ui.sessionNotice, "warning", F.documentOtherSession(state.documentSessionId));
    } else {
        hideNotice(ui.sessionNotice);
    }
}

// ---- minutes ----

function openMinutes(): void {
    if (!guard(ui.minutesNotice, true)) {
        return;
    }
    var sessionId = state.sessionId as string;
    show(ui.confirm, false);
    setBusy(true);
    notify(ui.minutesNotice, "progress", S.loadingMinutes);
    getMinutes(sessionId, {
        ok: function (file: DownloadedFile): void {
            if (!state.inWord) {
                setBusy(false);
                var name = file.fileName || "bien-ban-" + sessionId + ".docx";
                if (saveFile(file.bytes, name)) {
                    notify(ui.minutesNotice, "success", F.minutesDownloaded(name));
                } else {
                    notify(ui.minutesNotice, "error", S.downloadUnavailable);
                }
                return;
            }
            var base64 = toBase64(file.bytes);
            notify(ui.minutesNotice, "progress", S.openingInWord);
            if (state.wordApi === "1.3") {
                openAsNewDocument(base64, done(ui.minutesNotice, function (): void {
                    notify(ui.minutesNotice, "success", S.minutesOpenedNew);
                }));
                return;
            }
            readBodyText(done(ui.minutesNotice, function (text: string): void {
                if (isBlank(text)) {
                    insertMinutes(sessionId, base64);
                } else {
                    state.pendingReplace = base64;
                    hideNotice(ui.minutesNotice);
                    show(ui.confirm, true);
                }
            }));
        },
        fail: function (error: AppError): void {
            setBusy(false);
            notifyError(ui.minutesNotice, error);
        }
    });
}

function insertMinutes(sessionId: string, base64: string): void {
    setBusy(true);
    replaceBody(base64, done(ui.minutesNotice, function (): void {
        notify(ui.minutesNotice, "warning", S.minutesInserted, [S.minutesLostParts]);
        checkControls(sessionId, ui.minutesNotice, true);
    }));
}

/** Compares the document's controls with those the session's minutes must have, and says what is missing. */
function checkControls(sessionId: string, area: HTMLElement, always: boolean): void {
    getSubmissions(sessionId, {
        ok: function (list): void {
            readControls({
                ok: function (controls: ControlText[]): void {
                    var expected = expectedTags(list.submissions);
                    var missing = missingTags(expected, controls);
                    if (missing.length) {
                        var names: string[] = [];
                        for (var i = 0; i < missing.length; i++) {
                            names.push(describeTag(missing[i]));
                        }
                        addNote(area, "warning", F.controlsMissing(names.join("; ")));
                    } else if (always) {
                        addNote(area, "success", F.controlsComplete(expected.length));
                    }
                },
                fail: function (error: AppError): void {
                    addNote(area, "error", error.detail);
                }
            });
        },
        fail: function (error: AppError): void {
            addNote(area, "error", error.detail);
        }
    });
}

// ---- questions raised at the session ----

function trimmed(input: HTMLInputElement | HTMLTextAreaElement): string {
    return input.value.replace(/^\s+|\s+$/g, "");
}

function clearForm(): void {
    ui.classOrRoom.value = "";
    ui.question.value = "";
    ui.answer.value = "";
}

function onAddQuestion(event: Event): void {
    event.preventDefault();
    if (!guard(ui.onTheSpotNotice, false)) {
        return;
    }
    var question: OnTheSpotQuestion = { classOrRoom: trimmed(ui.classOrRoom), content: trimmed(ui.question), answer: trimmed(ui.answer) };
    if (!question.content) {
        notify(ui.onTheSpotNotice, "error", S.onTheSpotNeedQuestion);
        ui.question.focus();
        return;
    }
    if (!state.inWord) {
        state.pageQuestions.push(question);
        showPageQuestions();
        clearForm();
        notify(ui.onTheSpotNotice, "success", S.onTheSpotKept);
        return;
    }
    if (state.wordApi !== "1.3") {
        notify(ui.onTheSpotNotice, "warning", S.onTheSpotNeeds13);
        return;
    }
    setBusy(true);
    addQuestion(question, done(ui.onTheSpotNotice, function (written): void {
        if (!written.found) {
            notify(ui.onTheSpotNotice, "error", S.onTheSpotNoTable);
            return;
        }
        clearForm();
        notify(ui.onTheSpotNotice, "success", F.onTheSpotAdded(written.row));
    }));
}

function showPageQuestions(): void {
    renderPageQuestions(ui.pageBox, ui.pageList, state.pageQuestions, function (index: number): void {
        state.pageQuestions.splice(index, 1);
        showPageQuestions();
    });
}

// ---- saving the answers ----

function onSave(): void {
    if (!guard(ui.saveNotice, true)) {
        return;
    }
    var sessionId = state.sessionId as string;
    clear(ui.summary);
    var notes: string[] = [];
    if (state.inWord) {
        setBusy(true);
        if (!canReadFile()) {
            saveForm(sessionId, S.fileApiUnavailable, notes);
            return;
        }
        notify(ui.saveNotice, "progress", S.readingDocument);
        readFile(function (doneSlices: number, total: number): void {
            notify(ui.saveNotice, "progress", F.readingSlices(doneSlices, total));
        }, {
            ok: function (bytes: Uint8Array): void {
                upload(sessionId, bytes.buffer as ArrayBuffer, notes, null);
            },
            fail: function (error: AppError): void {
                saveForm(sessionId, F.fileApiFailed(error.detail), notes);
            }
        });
        return;
    }
    var files = ui.fileInput.files;
    var file = files && files.length ? files[0] : null;
    if (file) {
        if (!/\.docx$/i.test(file.name)) {
            notify(ui.saveNotice, "error", S.notDocx);
            return;
        }
        if (file.size > MAX_UPLOAD_BYTES) {
            notify(ui.saveNotice, "error", S.fileTooLarge);
            return;
        }
        setBusy(true);
        upload(sessionId, file, notes, function (): void {
            if (state.pageQuestions.length) {
                sendPageQuestions(sessionId, notes, true);
            }
        });
        return;
    }
    if (!state.pageQuestions.length) {
        notify(ui.saveNotice, "error", S.noFileNoQuestions);
        return;
    }
    setBusy(true);
    sendPageQuestions(sessionId, notes, false);
}

function upload(sessionId: string, body: ArrayBuffer | Blob, notes: string[], then: (() => void) | null): void {
    notify(ui.saveNotice, "progress", F.uploading(0));
    saveMinutesFile(sessionId, body, function (percent: number): void {
        notify(ui.saveNotice, "progress", F.uploading(percent));
    }, saved(notes, false, then));
}

function sendPageQuestions(sessionId: string, notes: string[], keep: boolean): void {
    setBusy(true);
    notify(ui.saveNotice, "progress", S.savingControls);
    var form: MinutesForm = { documentSessionId: null, controls: [], onTheSpot: state.pageQuestions.slice(0) };
    saveMinutesForm(sessionId, form, saved(notes, keep, function (): void {
        state.pageQuestions = [];
        showPageQuestions();
    }));
}

/** The JSON form: every control's tag, title and text, and the on-the-spot table's rows where Word can read tables. */
function saveForm(sessionId: string, reason: string, notes: string[]): void {
    notes.push(reason);
    notify(ui.saveNotice, "progress", S.savingControls, notes);
    readControls({
        ok: function (controls: ControlText[]): void {
            if (!controls.length) {
                setBusy(false);
                notify(ui.saveNotice, "error", S.noControls, notes);
                return;
            }
            var form: MinutesForm = { documentSessionId: state.documentSessionId, controls: controls, onTheSpot: [] };
            if (state.wordApi !== "1.3") {
                notes.push(S.jsonWithoutTable);
                saveMinutesForm(sessionId, form, saved(notes, false, null));
                return;
            }
            readQuestions({
                ok: function (questions: OnTheSpotQuestion[]): void {
                    form.onTheSpot = questions;
                    saveMinutesForm(sessionId, form, saved(notes, false, null));
                },
                fail: function (error: AppError): void {
                    notes.push(error.detail);
                    saveMinutesForm(sessionId, form, saved(notes, false, null));
                }
            });
        },
        fail: function (error: AppError): void {
            setBusy(false);
            notifyError(ui.saveNotice, error);
            addNotes(notes);
        }
    });
}

function addNotes(notes: string[]): void {
    for (var i = 0; i < notes.length; i++) {
        addNote(ui.saveNotice, "warning", notes[i]);
    }
}

function saved(notes: string[], keep: boolean, then: (() => void) | null): Handlers<SaveSummary> {
    return {
        ok: function (summary: SaveSummary): void {
            if (notes.length) {
                notify(ui.saveNotice, "warning", notes[0], notes.slice(1));
            } else {
                hideNotice(ui.saveNotice);
            }
            renderSummary(ui.summary, summary, keep);
            setBusy(false);
            if (then) {
                then();
            }
        },
        fail: function (error: AppError): void {
            setBusy(false);
            notifyError(ui.saveNotice, error);
            addNotes(notes);
        }
    };
}

// ---- digest ----

function onShowDigest(): void {
    if (!state.sessionId) {
        notify(ui.digestNotice, "warning", S.needSession);
        return;
    }
    notify(ui.digestNotice, "progress", S.loadingDigest);
    getDigest(state.sessionId, {
        ok: function (digest): void {
            hideNotice(ui.digestNotice);
            renderDigest(ui.digest, digest);
        },
        fail: function (error: AppError): void {
            notifyError(ui.digestNotice, error);
        }
    });
}

function onDigestDocx(): void {
    if (!guard(ui.digestNotice, true)) {
        return;
    }
    var sessionId = state.sessionId as string;
    notify(ui.digestNotice, "progress", S.loadingDigest);
    getDigestDocx(sessionId, {
        ok: function (file: DownloadedFile): void {
            if (state.inWord && state.wordApi === "1.3") {
                openAsNewDocument(toBase64(file.bytes), {
                    ok: function (): void {
                        notify(ui.digestNotice, "success", S.digestOpened);
                    },
                    fail: function (error: AppError): void {
                        notifyError(ui.digestNotice, error);
                    }
                });
                return;
            }
            var name = file.fileName || "tong-hop-y-kien-" + sessionId + ".docx";
            if (saveFile(file.bytes, name)) {
                hideNotice(ui.digestNotice);
            } else {
                notify(ui.digestNotice, "error", S.downloadUnavailable);
            }
        },
        fail: function (error: AppError): void {
            notifyError(ui.digestNotice, error);
        }
    });
}

// ---- start ----

on(ui.select, "change", onSessionChange);
on(ui.openMinutes, "click", openMinutes);
on(ui.replaceYes, "click", function (): void {
    show(ui.confirm, false);
    var base64 = state.pendingReplace;
    state.pendingReplace = null;
    if (base64 && state.sessionId) {
        insertMinutes(state.sessionId, base64);
    }
});
on(ui.replaceNo, "click", function (): void {
    show(ui.confirm, false);
    state.pendingReplace = null;
});
on(ui.form, "submit", onAddQuestion);
on(ui.save, "click", onSave);
on(ui.fileInput, "change", function (): void {
    var files = ui.fileInput.files;
    setText(ui.fileName, files && files.length ? files[0].name : S.noFileChosen);
});
on(ui.showDigest, "click", onShowDigest);
on(ui.digestDocx, "click", onDigestDocx);
installSignIn();
loadSessions();
detectHost(applyHost);

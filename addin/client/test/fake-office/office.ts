// The Office namespace: onReady, requirement sets, and getFileAsync over the held document, in slices.
import { config, supports } from "./config";
import type { FileShape, OfficeContextShape, SliceShape } from "./shapes";
import type { FakeState } from "./word";
import { EventType, MailboxEnums, makeOutlook } from "./outlook";

/** office.js's enums are strings at run time, whatever numbers the type declarations give them. */
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus;
const FileType = { Text: "text", Compressed: "compressed", Pdf: "pdf" } as unknown as typeof Office.FileType;
const HostType = {
    Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access"
} as unknown as typeof Office.HostType;
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" } as unknown as typeof Office.PlatformType;

function succeeded<T>(value: T): Office.AsyncResult<T> {
    return { status: AsyncResultStatus.Succeeded, value: value, error: undefined as unknown as Office.Error, asyncContext: undefined, diagnostics: undefined };
}

function failed<T>(code: number, name: string, message: string): Office.AsyncResult<T> {
    return { status: AsyncResultStatus.Failed, value: undefined as unknown as T, error: { code: code, name: name, message: message }, asyncContext: undefined, diagnostics: undefined };
}

/** The fake Office namespace over the state (and Outlook's parts, always there: the page asks the host which it is). */
export function makeOffice(state: FakeState, openFiles: { count: number }, outlook: ReturnType<typeof makeOutlook>) {
    const onReady: typeof Office.onReady = function (callback) {
        const c = config();
        const host = c.host === undefined ? HostType.Word : (c.host as unknown as Office.HostType);
        const info = { host: host, platform: PlatformType.PC };
        return new Promise((resolve) => {
            setTimeout(() => {
                if (callback) {
                    callback(info);
                }
                resolve(info);
            }, c.readyDelayMs || 0);
        });
    };

    const getFileAsync: Office.Document["getFileAsync"] = function (fileType: Office.FileType, a?: unknown, b?: unknown): void {
        const callback = (typeof a === "function" ? a : b) as ((result: Office.AsyncResult<Office.File>) => void) | undefined;
        const options = (typeof a === "object" && a ? a : {}) as Office.GetFileOptions;
        const answer = (result: Office.AsyncResult<Office.File>): void => {
            setTimeout(() => callback && callback(result), 0);
        };
        state.log.push("getFileAsync:" + String(fileType));
        if (config().fileApi === "fails") {
            answer(failed(5001, "Internal Error", "An internal error has occurred."));
            return;
        }
        if (String(fileType) !== String(FileType.Compressed)) {
            answer(failed(5000, "Not supported", "The fake gives the Compressed file type only."));
            return;
        }
        if (openFiles.count >= 2) {
            answer(failed(5008, "Too many files", "No more than two documents are allowed to be in memory."));
            return;
        }
        const bytes = state.docx.toBytes();
        const sliceSize = Math.min(options.sliceSize || 4194304, config().sliceSize || 4194304);
        const count = Math.max(1, Math.ceil(bytes.length / sliceSize));
        let closed = false;
        openFiles.count++;
        const file: FileShape = {
            size: bytes.length,
            sliceCount: count,
            getSliceAsync(sliceIndex: number, cb?: (result: Office.AsyncResult<Office.Slice>) => void): void {
                state.log.push("getSliceAsync:" + sliceIndex);
                const slice: SliceShape = {
                    index: sliceIndex,
                    // Word gives a slice's data as an array of byte values.
                    data: Array.prototype.slice.call(bytes.subarray(sliceIndex * sliceSize, (sliceIndex + 1) * sliceSize)),
                    size: Math.min(sliceSize, bytes.length - sliceIndex * sliceSize)
                };
                const result = closed ? failed<Office.Slice>(5004, "File closed", "The file is closed.")
                    : sliceIndex < 0 || sliceIndex >= count ? failed<Office.Slice>(5003, "Invalid slice", "The slice index is out of range.")
                        : succeeded(slice as Office.Slice);
                setTimeout(() => cb && cb(result), 0);
            },
            closeAsync(cb?: (result: Office.AsyncResult<void>) => void): void {
                state.log.push("closeAsync");
                if (!closed) {
                    closed = true;
                    openFiles.count--;
                }
                setTimeout(() => cb && cb(succeeded(undefined)), 0);
            }
        };
        answer(succeeded(file as Office.File));
    };

    const isSetSupported: Office.RequirementSetSupport["isSetSupported"] = function (name: string, minVersion?: string | number): boolean {
        return supports(name, minVersion);
    };

    const documentApi: Partial<OfficeContextShape["document"]> = {};
    const context: OfficeContextShape = {
        requirements: { isSetSupported: isSetSupported },
        get document() {
            // fileApi false: the method is missing, as Word on the web may have it.
            return (config().fileApi === false ? documentApi : { getFileAsync: getFileAsync }) as OfficeContextShape["document"];
        },
        ui: outlook.ui,
        get mailbox() {
            return config().host === "Outlook" ? outlook.mailbox : undefined;
        }
    };

    return { onReady, context, actions: outlook.actions, AsyncResultStatus, FileType, HostType, PlatformType, MailboxEnums, EventType };
}

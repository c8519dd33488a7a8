// The test's say over the fake: window.__fakeOfficeConfig, read on every call so a test may change it mid-way.

/** What the fake pretends to be. Every field is optional; the defaults are Word with WordApi 1.3 and the File API. */
export interface FakeOfficeConfig {
    /** The host Office.onReady answers; null pretends a plain browser that loaded office.js. Default "Word". */
    host?: string | null;
    /** The highest WordApi set supported ("1.1", "1.3", …); null for none. Default "1.3". */
    wordApi?: string | null;
    /** getFileAsync: true works, false is missing, "fails" answers with an error. Default true. */
    fileApi?: boolean | "fails";
    /** A smaller slice size than the page asks for, to exercise several slices. */
    sliceSize?: number;
    /** Other requirement sets: name → highest version. */
    sets?: { [name: string]: string };
    /** Delay before Office.onReady answers, in ms. Default 0. */
    readyDelayMs?: number;
    /** Tags whose controls lose tag and title when the page inserts a file (Word's known quirk, exaggerated). */
    insertDropsTags?: string[];
    /** Base64 of the .docx open when the page starts; default a blank document. */
    document?: string;
}

interface ConfigWindow {
    __fakeOfficeConfig?: FakeOfficeConfig;
}

export function config(): FakeOfficeConfig {
    const w = window as unknown as ConfigWindow;
    if (!w.__fakeOfficeConfig) {
        w.__fakeOfficeConfig = {};
    }
    return w.__fakeOfficeConfig;
}

/** Whether the set is supported at minVersion, by the configuration. */
export function supports(name: string, minVersion?: string | number): boolean {
    const c = config();
    const have = name === "WordApi" ? (c.wordApi === undefined ? "1.3" : c.wordApi)
        : name === "File" ? (c.fileApi === false ? null : "1.1")
            : c.sets && c.sets[name] ? c.sets[name] : null;
    if (!have) {
        return false;
    }
    return compareVersions(have, minVersion === undefined ? "1.1" : String(minVersion)) >= 0;
}

function compareVersions(a: string, b: string): number {
    const x = a.split(".").map(Number);
    const y = b.split(".").map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] || 0) - (y[i] || 0);
        if (d !== 0) {
            return d;
        }
    }
    return 0;
}

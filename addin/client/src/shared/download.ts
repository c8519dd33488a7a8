// Saving a file in the plain browser: Blob + a[download], or msSaveOrOpenBlob in Internet Explorer.
import { DOCX_TYPE } from "./files";

interface MsNavigator {
    msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

/** The file name of a Content-Disposition header: the UTF-8 filename* first, then the plain one. */
export function fileNameOf(header: string | null): string | null {
    if (!header) {
        return null;
    }
    var star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
    if (star) {
        try {
            return decodeURIComponent(star[1].replace(/^"|"$/g, ""));
        } catch (e) {
            // A malformed escape: fall back on the ASCII name.
        }
    }
    var plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
    return plain ? (plain[2] !== undefined ? plain[2] : plain[1]).replace(/^\s+|\s+$/g, "") : null;
}

/** Offers the bytes as a file download; false when the browser cannot. */
export function saveFile(bytes: Uint8Array, fileName: string): boolean {
    var blob: Blob;
    try {
        blob = new Blob([bytes], { type: DOCX_TYPE });
    } catch (e) {
        return false;
    }
    var ms = window.navigator as MsNavigator;
    if (typeof ms.msSaveOrOpenBlob === "function") {
        return ms.msSaveOrOpenBlob(blob, fileName);
    }
    if (!window.URL || typeof window.URL.createObjectURL !== "function") {
        return false;
    }
    var url = window.URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.setAttribute("download", fileName);
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    // The download has started by the next tick; revoking later keeps slow browsers safe.
    window.setTimeout(function (): void {
        document.body.removeChild(link);
        window.URL.revokeObjectURL(url);
    }, 10000);
    return true;
}

// Base64 by hand: btoa works on binary strings only, and building one for a large file is slow in IE11.

var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Encodes bytes as standard base64 (with padding), as Word's insert and create calls want it. */
export function toBase64(bytes: Uint8Array): string {
    var parts: string[] = [];
    var chunk: string[] = [];
    for (var i = 0; i < bytes.length; i += 3) {
        var a = bytes[i];
        var b = i + 1 < bytes.length ? bytes[i + 1] : 0;
        var c = i + 2 < bytes.length ? bytes[i + 2] : 0;
        chunk.push(
            ALPHABET.charAt(a >> 2) +
            ALPHABET.charAt(((a & 3) << 4) | (b >> 4)) +
            (i + 1 < bytes.length ? ALPHABET.charAt(((b & 15) << 2) | (c >> 6)) : "=") +
            (i + 2 < bytes.length ? ALPHABET.charAt(c & 63) : "="));
        if (chunk.length === 4096) {
            parts.push(chunk.join(""));
            chunk = [];
        }
    }
    parts.push(chunk.join(""));
    return parts.join("");
}

/** Decodes standard base64; characters outside the alphabet are skipped. */
export function fromBase64(text: string): Uint8Array {
    var clean = text.replace(/[^A-Za-z0-9+\/]/g, "");
    var out = new Uint8Array(Math.floor(clean.length * 3 / 4));
    var n = 0;
    for (var i = 0; i < clean.length; i += 4) {
        var v0 = ALPHABET.indexOf(clean.charAt(i));
        var v1 = ALPHABET.indexOf(clean.charAt(i + 1));
        var v2 = i + 2 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 2)) : -1;
        var v3 = i + 3 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 3)) : -1;
        out[n++] = (v0 << 2) | (v1 >> 4);
        if (v2 >= 0) {
            out[n++] = ((v1 & 15) << 4) | (v2 >> 2);
        }
        if (v3 >= 0) {
            out[n++] = ((v2 & 3) << 6) | v3;
        }
    }
    return n === out.length ? out : out.subarray(0, n);
}

/** Joins byte chunks (Word's file slices are arrays of numbers or typed arrays). */
export function concatBytes(chunks: ArrayLike<number>[]): Uint8Array {
    var total = 0;
    for (var i = 0; i < chunks.length; i++) {
        total += chunks[i].length;
    }
    var out = new Uint8Array(total);
    var offset = 0;
    for (var j = 0; j < chunks.length; j++) {
        var chunk = chunks[j];
        for (var k = 0; k < chunk.length; k++) {
            out[offset++] = chunk[k];
        }
    }
    return out;
}

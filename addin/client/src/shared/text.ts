// Text helpers that Internet Explorer 11 lacks natively (no TextDecoder there).

/** Decodes UTF-8 bytes; malformed sequences become U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
    var out: string[] = [];
    var i = 0;
    while (i < bytes.length) {
        var b = bytes[i++];
        var code = 0xfffd;
        var extra = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
        if (extra === 0) {
            code = b;
        } else if (extra > 0 && i + extra <= bytes.length) {
            code = b & (0x3f >> extra);
            for (var k = 0; k < extra; k++) {
                code = (code << 6) | (bytes[i++] & 0x3f);
            }
        }
        if (code > 0xffff) {
            code -= 0x10000;
            out.push(String.fromCharCode(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)));
        } else {
            out.push(String.fromCharCode(code));
        }
    }
    return out.join("");
}

/** True for null, undefined and text of only white space. */
export function isBlank(text: string | null | undefined): boolean {
    return text === null || text === undefined || String(text).replace(/\s+/g, "") === "";
}

/** True when text starts with prefix (String.prototype.startsWith is ES2015). */
export function startsWith(text: string, prefix: string): boolean {
    return text.substring(0, prefix.length) === prefix;
}

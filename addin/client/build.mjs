// Builds the add-in's pages into ../wwwroot (and the test-only Office fake into test-dist/), without a bundler:
// tsc compiles each TypeScript file to an ES5 CommonJS module, and link() below joins a page's modules into one
// script with a ten-line require. The html gets its Vietnamese texts from src/shared/strings.ts and a content
// hash on every local asset URL, so Office's cache never serves an old script.
// Run by the host's build (addin.csproj) or by hand: `node build.mjs`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const here = path.dirname(fileURLToPath(import.meta.url));
const wwwroot = path.resolve(here, "..", "wwwroot");
const obj = path.join(here, "obj");
const testDist = path.join(here, "test-dist");

/** The pages: their entry module, html and stylesheets (shared first). */
const pages = [
  { name: "taskpane", entry: "taskpane/taskpane", html: "src/taskpane/taskpane.html", css: ["src/shared/base.css", "src/taskpane/taskpane.css"] },
  { name: "index", entry: "index/index", html: "src/index/index.html", css: ["src/shared/base.css", "src/index/index.css"] },
];

/** Icon sizes Office asks for (16/32/80 ribbon, 64/128 store and high DPI). */
const iconSizes = [16, 32, 64, 80, 128];

/** APIs Internet Explorer 11 lacks; tsc's ES5 library catches the language ones, this catches the DOM ones. */
const forbidden = [
  [/\bfetch\s*\(/, "fetch (use XMLHttpRequest)"],
  [/\bPromise\b/, "Promise (only office.js's, through Word.run)"],
  // (?<!_\d) spares our own modules' exports, e.g. dom_1.append(…).
  [/(?<!_\d)\.(append|prepend|replaceChildren|closest|replaceWith|before|after)\(/, "a DOM method IE11 lacks"],
  [/(?<!_\d)\.remove\(\)/, "Element.remove() (IE11 lacks it)"],
  [/\b(TextDecoder|TextEncoder|URLSearchParams|IntersectionObserver|structuredClone)\b/, "an API IE11 lacks"],
  [/\bnew\s+(Map|Set|WeakMap|WeakSet|Proxy)\b|\bSymbol\b|\bReflect\./, "an ES2015 built-in"],
];

function fail(message) {
  console.error("build.mjs: " + message);
  process.exit(1);
}

function tsc(project) {
  const result = spawnSync(process.execPath, [path.join(here, "node_modules", "typescript", "bin", "tsc"), "-p", project], { stdio: "inherit", cwd: here });
  if (result.status !== 0) {
    fail("tsc failed for " + project);
  }
}

/**
 * Drops what tsc adds for module interop that the ten-line require never needs, and calls imported functions
 * directly: `(0, dom_1.el)(…)` only unbinds `this`, and no function of ours uses `this`.
 */
function lean(code) {
  return code
    .replace(/^"use strict";\n/, "")
    .replace(/^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);\n/m, "")
    .replace(/^exports\.[\w$]+( = exports\.[\w$]+)* = void 0;\n/gm, "")
    .replace(/\(0, ([\w$]+\.[\w$]+)\)\(/g, "$1(");
}

/** Keeps only the fixed texts (S) a page's script reads; the html got its own at build time. */
function pruneStrings(script) {
  const used = new Set();
  for (const match of script.matchAll(/\bstrings_1\.S\.(\w+)/g)) {
    used.add(match[1]);
  }
  return script.replace(/(exports\.S = \{\n)([\s\S]*?)(\n\};)/, (_, open, body, close) => {
    const kept = body.split("\n").filter((line) => {
      const key = /^\s*(\w+):/.exec(line);
      if (!key) {
        fail("strings.ts: an entry of S is not on one line: " + line);
      }
      return used.has(key[1]);
    });
    return open + kept.join("\n").replace(/,$/, "") + close;
  });
}

/** Joins the entry module and everything it requires (relative paths only) into one ES5 script. */
function link(root, entry, { strip }) {
  const order = [];
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) {
      return;
    }
    seen.add(id);
    const file = path.join(root, id + ".js");
    if (!fs.existsSync(file)) {
      fail("module not found: " + id);
    }
    const code = fs.readFileSync(file, "utf8").replace(/require\("(\.{1,2}\/[^"]+)"\)/g, (_, relative) => {
      const dep = path.posix.normalize(path.posix.join(path.posix.dirname(id), relative));
      visit(dep);
      return "require(" + JSON.stringify(dep) + ")";
    });
    order.push({ id, code: strip ? lean(code) : code });
  };
  visit(entry);
  const body = order.map((m) => "defs[" + JSON.stringify(m.id) + "] = function (require, exports) {\n" + m.code + "\n};").join("\n");
  let script = "(function () {\n\"use strict\";\nvar defs = {}, cache = {};\n" +
    "function require(id) {\nvar m = cache[id];\nif (m) { return m.exports; }\nm = cache[id] = { exports: {} };\ndefs[id](require, m.exports);\nreturn m.exports;\n}\n" +
    body + "\nrequire(" + JSON.stringify(entry) + ");\n})();\n";
  if (strip) {
    // tsc's ES5 output has no template literals or multi-line strings, so leading blanks are only indentation.
    script = script.split("\n").map((line) => line.replace(/^\s+/, "")).filter((line) => line.length > 0).join("\n") + "\n";
  }
  return script;
}

function checkApis(name, script) {
  for (const [pattern, what] of forbidden) {
    const match = pattern.exec(script);
    if (match) {
      const line = script.substring(0, match.index).split("\n").length;
      fail(`${name}.js line ${line}: ${what}: ${match[0]}`);
    }
  }
}

/** Comments and layout out of a stylesheet (ours has no strings or urls where that would matter). */
function squeezeCss(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").replace(/\s*([{};:,>])\s*/g, "$1").replace(/;}/g, "}").trim() + "\n";
}

function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The version token of a file: the start of its SHA-256 (the C# test computes the same). */
function versionOf(file) {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex").substring(0, 12);
}

function renderHtml(source, strings) {
  let html = fs.readFileSync(path.join(here, source), "utf8").replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (typeof strings[key] !== "string") {
      fail(`${source}: no text '${key}' in src/shared/strings.ts`);
    }
    return escapeHtml(strings[key]);
  });
  html = html.replace(/(src|href)="([^":?#]+\.(?:js|css|png))"/g, (_, attribute, url) => {
    const file = path.join(wwwroot, url);
    if (!fs.existsSync(file)) {
      fail(`${source}: ${attribute}="${url}" names no built file`);
    }
    return `${attribute}="${url}?v=${versionOf(file)}"`;
  });
  return html;
}

// ---- icons: a speech bubble on the product's blue, drawn from code ----

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** 0..1 coverage of the point (x, y in 0..1) by the icon's shapes: [background, bubble, dots]. */
function shapes(x, y, size) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const background = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const inEllipse = ((x - 0.5) / 0.36) ** 2 + ((y - 0.45) / 0.27) ** 2 <= 1;
  // The tail: a triangle under the bubble's left side.
  const d = (ax, ay, bx, by) => (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const inTail = d(0.3, 0.6, 0.22, 0.84) <= 0 && d(0.22, 0.84, 0.5, 0.66) <= 0 && d(0.5, 0.66, 0.3, 0.6) <= 0;
  const dot = size >= 32 && [0.34, 0.5, 0.66].some((dx) => (x - dx) ** 2 + (y - 0.45) ** 2 <= 0.05 ** 2);
  return { background, bubble: inEllipse || inTail, dot };
}

function icon(size) {
  const samples = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let red = 0, green = 0, blue = 0, alpha = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const s = shapes((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!s.background) {
            continue;
          }
          const [r, g, b] = s.dot ? [15, 108, 189] : s.bubble ? [255, 255, 255] : [15, 108, 189];
          red += r; green += g; blue += b; alpha += 255;
        }
      }
      const n = samples * samples;
      const covered = alpha / 255;
      const at = py * (size * 4 + 1) + 1 + px * 4;
      raw[at] = covered ? Math.round(red / covered) : 0;
      raw[at + 1] = covered ? Math.round(green / covered) : 0;
      raw[at + 2] = covered ? Math.round(blue / covered) : 0;
      raw[at + 3] = Math.round(alpha / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- the build ----

tsc("tsconfig.json");
tsc(path.join("test", "fake-office", "tsconfig.json"));

fs.rmSync(wwwroot, { recursive: true, force: true });
fs.mkdirSync(path.join(wwwroot, "assets"), { recursive: true });
for (const size of iconSizes) {
  fs.writeFileSync(path.join(wwwroot, "assets", `icon-${size}.png`), icon(size));
}

const strings = createRequire(import.meta.url)(path.join(obj, "tsc", "shared", "strings.js")).S;
for (const page of pages) {
  const script = pruneStrings(link(path.join(obj, "tsc"), page.entry, { strip: true }));
  checkApis(page.name, script);
  fs.writeFileSync(path.join(wwwroot, page.name + ".js"), script);
  const css = page.css.map((file) => squeezeCss(fs.readFileSync(path.join(here, file), "utf8"))).join("\n");
  fs.writeFileSync(path.join(wwwroot, page.name + ".css"), css);
  fs.writeFileSync(path.join(wwwroot, page.name + ".html"), renderHtml(page.html, strings));
}

// The fake joins fflate (kept private: the UMD wrapper sees a CommonJS module object) and the fake's modules.
const fflate = fs.readFileSync(path.join(here, "node_modules", "fflate", "umd", "index.js"), "utf8");
const fake = link(path.join(obj, "fake"), "index", { strip: false });
fs.mkdirSync(testDist, { recursive: true });
fs.writeFileSync(path.join(testDist, "fake-office.js"),
  "// Test-only fake of Office and Word (addin/client/test/fake-office). Never shipped.\n" +
  "(function () {\nvar module = { exports: {} }, exports = module.exports;\n" + fflate + "\nvar fflate = module.exports;\n" + fake + "})();\n");

const shipped = pages.map((p) => [p.name + ".js", p.name + ".css"]).flat();
const sizes = shipped.map((f) => `${f} ${fs.statSync(path.join(wwwroot, f)).size} B`);
console.log("build.mjs: wrote " + path.relative(here, wwwroot) + " (" + sizes.join(", ") + ") and test-dist/fake-office.js");

// Builds the add-in's pages into ../wwwroot (and the test-only Office fake into test-dist/), without a bundler:
// tsc compiles each TypeScript file to an ES5 CommonJS module, and link() below joins a page's modules into one
// script with a ten-line require, which terser then minifies (ES5 in, ES5 out). The html gets its Vietnamese
// texts from src/shared/strings.ts and mailStrings.ts and a content hash on every local asset URL, so Office's
// cache never serves an old script. MSAL is vendored from node_modules into wwwroot/assets/vendor/: 2.39's
// browser build as it is (ES5, for the sign-in dialog of IE11 hosts), 5.30's lowered to ES5 syntax by Babel
// (no polyfills: only hosts with nested app authentication load it, and they are modern).
// Run by the host's build (addin.csproj) or by hand: `node build.mjs`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { minify } from "terser";

const here = path.dirname(fileURLToPath(import.meta.url));
const wwwroot = path.resolve(here, "..", "wwwroot");
const obj = path.join(here, "obj");
const testDist = path.join(here, "test-dist");

/** The pages: their entry module, html and stylesheets (shared first; none for the function file). */
const pages = [
  { name: "taskpane", entry: "taskpane/taskpane", html: "src/taskpane/taskpane.html", css: ["src/shared/base.css", "src/shared/pane.css", "src/taskpane/taskpane.css"] },
  { name: "mailpane", entry: "mailpane/mailpane", html: "src/mailpane/mailpane.html", css: ["src/shared/base.css", "src/shared/pane.css", "src/mailpane/mailpane.css"] },
  { name: "commands", entry: "commands/commands", html: "src/commands/commands.html", css: [] },
  { name: "auth-dialog", entry: "authDialog/auth-dialog", html: "src/authDialog/auth-dialog.html", css: ["src/shared/base.css", "src/authDialog/auth-dialog.css"] },
  { name: "index", entry: "index/index", html: "src/index/index.html", css: ["src/shared/base.css", "src/index/index.css"] },
];

/** Libraries shipped from node_modules: [package folder, file in it, name in wwwroot/assets/vendor, lowered to ES5]. */
const vendored = [
  ["@azure/msal-browser", "lib/msal-browser.min.js", "msal-browser-5.30.0.js", true],
  ["msal-browser-ie11", "lib/msal-browser.min.js", "msal-browser-2.39.0.js", false],
  // MSAL 2 needs a Promise, which Internet Explorer 11 lacks: the dialog loads this first (it steps aside elsewhere).
  ["promise-polyfill", "dist/polyfill.min.js", "promise-polyfill-8.3.0.js", false],
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

/**
 * Keeps only the fixed texts a page's script reads: S of strings.ts and M of mailStrings.ts (the html got its
 * own at build time).
 */
function pruneStrings(script) {
  for (const [module, name] of [["strings", "S"], ["mailStrings", "M"]]) {
    const used = new Set();
    const reads = new RegExp("\\b(?:" + module + "_1|exports)\\." + name + "\\.(\\w+)", "g");
    for (const match of script.matchAll(reads)) {
      used.add(match[1]);
    }
    script = script.replace(new RegExp("(exports\\." + name + " = \\{\\n)([\\s\\S]*?)(\\n\\};)"), (_, open, body, close) => {
      const kept = body.split("\n").filter((line) => {
        const key = /^\s*(\w+):/.exec(line);
        if (!key) {
          fail(module + ".ts: an entry of " + name + " is not on one line: " + line);
        }
        return used.has(key[1]);
      });
      return open + kept.join("\n").replace(/,$/, "") + close;
    });
  }
  return script;
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

/** Puts the version token on the vendored scripts a page loads by itself (auth.ts's MSAL_URL). */
function versionVendorUrls(name, script) {
  return script.replace(/"(assets\/vendor\/[\w.-]+\.js)"/g, (_, url) => {
    const file = path.join(wwwroot, url);
    if (!fs.existsSync(file)) {
      fail(`${name}.js names ${url}, which the build did not write`);
    }
    return JSON.stringify(`${url}?v=${versionOf(file)}`);
  });
}

/** Minifies a linked page script; the result must stay ES5 (the C# test parses it as such). */
async function minifyScript(name, script) {
  const result = await minify(script, { ecma: 5, compress: { ecma: 5, passes: 2 }, mangle: true, format: { ecma: 5, comments: false } });
  if (!result.code) {
    fail(`terser gave nothing for ${name}.js`);
  }
  return result.code + "\n";
}

/** Lowers a vendored bundle to ES5 syntax (Babel, cached by the input's hash) and minifies it. */
async function vendor([pkg, file, name, lower]) {
  const source = path.join(here, "node_modules", pkg, file);
  if (!fs.existsSync(source)) {
    fail(`${source} is missing: run npm ci`);
  }
  const version = createRequire(import.meta.url)(path.join(here, "node_modules", pkg, "package.json")).version;
  if (!name.includes("-" + version + ".js")) {
    fail(`node_modules/${pkg} is ${version}, but build.mjs ships it as ${name}: rename it (and its references)`);
  }
  const target = path.join(wwwroot, "assets", "vendor", name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!lower) {
    fs.copyFileSync(source, target);
    return;
  }
  const input = fs.readFileSync(source, "utf8");
  const babelVersion = createRequire(import.meta.url)("@babel/core/package.json").version;
  const key = createHash("sha256").update(input).update(babelVersion).update("es5-v2").digest("hex").substring(0, 16);
  const cached = path.join(obj, "vendor", `${name}.${key}.js`);
  if (!fs.existsSync(cached)) {
    const babel = createRequire(import.meta.url)("@babel/core");
    const lowered = babel.transformSync(input, {
      babelrc: false, configFile: false, sourceType: "script", compact: true, comments: false,
      presets: [[createRequire(import.meta.url).resolve("@babel/preset-env"), { targets: { ie: "11" }, modules: false, useBuiltIns: false }]],
    });
    // Babel's helpers are top-level declarations: keep them out of the page's global scope.
    const wrapped = "(function () {\n" + lowered.code + "\n}).call(this);\n";
    const min = await minify(wrapped, { ecma: 5, compress: { ecma: 5 }, mangle: true, format: { ecma: 5, comments: false, preamble: "/*! " + input.substring(4, input.indexOf("*/")).trim() + ", Copyright (c) Microsoft Corporation, MIT License; lowered to ES5 syntax by build.mjs */" } });
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(cached, min.code + "\n");
  }
  fs.copyFileSync(cached, target);
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

for (const library of vendored) {
  await vendor(library);
}

const requireBuilt = createRequire(import.meta.url);
const shared = requireBuilt(path.join(obj, "tsc", "shared", "strings.js")).S;
const mail = requireBuilt(path.join(obj, "tsc", "shared", "mailStrings.js")).M;
for (const key of Object.keys(mail)) {
  if (key in shared) {
    fail(`mailStrings.ts: the key '${key}' is also in strings.ts`);
  }
}
const strings = { ...shared, ...mail };
for (const page of pages) {
  const script = pruneStrings(link(path.join(obj, "tsc"), page.entry, { strip: true }));
  checkApis(page.name, script);
  fs.writeFileSync(path.join(wwwroot, page.name + ".js"), await minifyScript(page.name, versionVendorUrls(page.name, script)));
  if (page.css.length) {
    const css = page.css.map((file) => squeezeCss(fs.readFileSync(path.join(here, file), "utf8"))).join("\n");
    fs.writeFileSync(path.join(wwwroot, page.name + ".css"), css);
  }
  fs.writeFileSync(path.join(wwwroot, page.name + ".html"), renderHtml(page.html, strings));
}

// The fake joins fflate (kept private: the UMD wrapper sees a CommonJS module object) and the fake's modules.
const fflate = fs.readFileSync(path.join(here, "node_modules", "fflate", "umd", "index.js"), "utf8");
const fake = link(path.join(obj, "fake"), "index", { strip: false });
fs.mkdirSync(testDist, { recursive: true });
fs.writeFileSync(path.join(testDist, "fake-office.js"),
  "// Test-only fake of Office and Word (addin/client/test/fake-office). Never shipped.\n" +
  "(function () {\nvar module = { exports: {} }, exports = module.exports;\n" + fflate + "\nvar fflate = module.exports;\n" + fake + "})();\n");

const shipped = pages.map((p) => (p.css.length ? [p.name + ".js", p.name + ".css"] : [p.name + ".js"])).flat();
const sizes = shipped.map((f) => `${f} ${fs.statSync(path.join(wwwroot, f)).size} B`);
console.log("build.mjs: wrote " + path.relative(here, wwwroot) + " (" + sizes.join(", ") + ") and test-dist/fake-office.js");

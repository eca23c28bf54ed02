// Drives the Teams tab of a running rusbot in headless Debian Chromium, as a person would: signs in
// (local mode's chooser), opens pages in a theme and a language, tabs through every control, runs
// axe-core, fills the meeting form, takes screenshots. Prints one JSON report on stdout.
//
//   node tests/tab/drive.mjs SPEC.json
//
// SPEC: {"base": "http://127.0.0.1:PORT", "out": "build/tab-renders", "tasks": [
//   {"kind": "page", "name": "...", "as": "aad-…", "page": "overview", "params": "", "theme": "dark",
//    "lang": "sv", "axe": true, "keyboard": true, "screenshot": true},
//   {"kind": "meeting", "as": "aad-…", "values": {"name": "...", "date": "2021-09-20", "time": "13:00"}}]}
// CHROMIUM (default /usr/bin/chromium) names the browser; playwright-core never downloads one.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
mkdirSync(spec.out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

async function open(task) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1,
                                             colorScheme: task.theme === "dark" ? "dark" : "light" });
  const page = await context.newPage();
  const messages = [];
  page.on("console", (msg) => {
    if (["error", "warning"].includes(msg.type())) messages.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => messages.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => messages.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on("response", (res) => {
    if (res.status() >= 500) messages.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const query = new URLSearchParams({ page: task.page || "overview", theme: task.theme || "default",
                                      lang: task.lang || "sv" });
  if (task.as) query.set("as", task.as);
  for (const [key, value] of new URLSearchParams(task.params || "")) query.set(key, value);
  await page.goto(`${spec.base}/tab/?${query}`);
  return { context, page, messages };
}

async function waitForPage(page, name) {
  await page.waitForSelector(`main section.page-${name} #page-title`, { timeout: 15000 });
  await page.evaluate(() => document.fonts.ready);
}

async function keyboardReach(page) {
  // Every control a mouse can reach, numbered; then Tab from the top until focus wraps.
  const total = await page.evaluate(() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex='0']";
    const visible = (el) => !el.disabled && el.getClientRects().length > 0 && !el.closest("[hidden]");
    const controls = [...document.querySelectorAll(selector)].filter(visible);
    controls.forEach((el, i) => el.setAttribute("data-kb", String(i)));
    return controls.map((el) => `${el.tagName.toLowerCase()} ${(el.textContent || el.name || el.id || "").trim().slice(0, 40)}`);
  });
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.mouse.click(1, 1);
  const reached = new Set();
  const order = [];
  // Date and time fields take several Tabs (one per part), so allow a few per control.
  for (let i = 0; i < total.length * 4 + 10 && reached.size < total.length; i += 1) {
    await page.keyboard.press("Tab");
    const index = await page.evaluate(() => document.activeElement?.getAttribute("data-kb"));
    if (index === null || index === undefined || reached.has(index)) continue;
    reached.add(index);
    order.push(Number(index));
  }
  const missed = total.filter((_, i) => !reached.has(String(i)));
  return { controls: total.length, reached: reached.size, missed, order };
}

async function runAxe(page) {
  await page.evaluate(axeSource);   // through the debugger protocol: the page's CSP stays in force
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    resultTypes: ["violations"],
  }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                                         targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

const report = { tasks: [] };
try {
  for (const task of spec.tasks) {
    const started = Date.now();
    const { context, page, messages } = await open(task);
    const entry = { kind: task.kind, name: task.name || task.kind, messages };
    try {
      if (task.kind === "page") {
        await waitForPage(page, task.expect || task.page);
        entry.title = await page.locator("#page-title").innerText();
        entry.text = await page.locator("main").innerText();
        entry.theme = await page.evaluate(() => document.documentElement.dataset.theme);
        entry.lang = await page.evaluate(() => document.documentElement.lang);
        entry.focused = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
        if (task.screenshot) {
          entry.png = join(spec.out, `${task.name}.png`);
          await page.screenshot({ path: entry.png, fullPage: true });
        }
        if (task.keyboard) entry.keyboard = await keyboardReach(page);
        if (task.axe) entry.axe = await runAxe(page);
      } else if (task.kind === "meeting") {
        await waitForPage(page, "meetings");
        for (const [field, value] of Object.entries(task.values)) {
          await page.locator(`#m-${field}`).focus();
          await page.locator(`#m-${field}`).fill(value);
        }
        await page.locator("form.meeting-form button[type=submit]").focus();
        await page.keyboard.press("Enter");
        await page.waitForSelector(task.expectError ? "#meeting-error" : "main .notice", { timeout: 15000 });
        entry.notice = await page.locator(task.expectError ? "#meeting-error" : "main .notice").innerText();
        entry.focused = await page.evaluate(() => document.activeElement?.className || document.activeElement?.id);
        entry.text = await page.locator("main").innerText();
      } else if (task.kind === "signin") {
        await page.waitForSelector("#signin-text");
        await page.waitForTimeout(300);
        entry.text = await page.locator("main").innerText();
        if (task.screenshot) {
          entry.png = join(spec.out, `${task.name}.png`);
          await page.screenshot({ path: entry.png, fullPage: true });
        }
        if (task.axe) entry.axe = await runAxe(page);
      } else {
        throw new Error(`unknown task kind ${task.kind}`);
      }
    } catch (error) {
      entry.error = String(error && error.stack || error);
      entry.text = await page.locator("body").innerText().catch(() => "");
    } finally {
      entry.seconds = (Date.now() - started) / 1000;
      report.tasks.push(entry);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));

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
  if (task.kind === "config") {
    if (task.teams) {
      // Inside Teams the page is framed (window.parent is the Teams client) and the Teams library talks to
      // it; here a stand-in for the library records what the page asks of Teams.
      await page.route("**/tab/static/vendor/MicrosoftTeams.min.js", (route) => route.fulfill({
        contentType: "text/javascript", body: TEAMS_STAND_IN(task.teams) }));
      await context.addInitScript(() => { window.parent = {}; });
    }
    const query = new URLSearchParams();
    if (task.lang) query.set("lang", task.lang);      // without it, Teams' locale decides
    if (task.theme && !task.teams) query.set("theme", task.theme);
    await page.goto(`${spec.base}/tab/config?${query}`);
    return { context, page, messages };
  }
  const query = new URLSearchParams({ page: task.page || "overview", theme: task.theme || "default",
                                      lang: task.lang || "sv" });
  if (task.as) query.set("as", task.as);
  for (const [key, value] of new URLSearchParams(task.params || "")) query.set(key, value);
  await page.goto(`${spec.base}/tab/?${query}`);
  return { context, page, messages };
}

// The part of @microsoft/teams-js the configuration page uses (app.initialize/getContext/notifySuccess,
// registerOnThemeChangeHandler, pages.config.registerOnSaveHandler/setConfig/setValidityState), answering
// as the Teams client would for a user with `context.app.locale` and `context.app.theme`.
function TEAMS_STAND_IN(context) {
  return `(() => {
    const state = window.__teams = { ready: false };
    const context = ${JSON.stringify({ app: context })};
    window.microsoftTeams = {
      app: {
        initialize: () => Promise.resolve(),
        getContext: () => Promise.resolve(context),
        registerOnThemeChangeHandler: (handler) => { state.themeHandler = handler; },
        notifySuccess: () => { state.ready = true; },
      },
      pages: { config: {
        registerOnSaveHandler: (handler) => { state.save = () => handler({
          notifySuccess: () => { state.saved = true; }, notifyFailure: (why) => { state.saved = String(why); } }); },
        setConfig: (config) => { state.config = config; return Promise.resolve(); },
        setValidityState: (valid) => { state.valid = valid; },
      } },
    };
  })();`;
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
    // A radio group is one stop for Tab (the arrow keys move inside it), as browsers and ARIA define it.
    const groups = new Map();
    const controls = [];
    for (const el of [...document.querySelectorAll(selector)].filter(visible)) {
      if (el.type === "radio" && el.name) {
        if (!groups.has(el.name)) { groups.set(el.name, controls.length); controls.push(el); }
        el.setAttribute("data-kb", String(groups.get(el.name)));
        continue;
      }
      el.setAttribute("data-kb", String(controls.length));
      controls.push(el);
    }
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
      } else if (task.kind === "config") {
        // The channel tab's configuration page, opened as Teams opens it (task.teams: a stand-in for the
        // Teams host answers the library's calls) or on its own in a browser.
        await page.waitForSelector("#config-form");
        if (task.teams) await page.waitForFunction(() => window.__teams && window.__teams.ready, null, { timeout: 15000 });
        else await page.waitForTimeout(300);
        if (task.keyboard) entry.keyboard = await keyboardReach(page);
        if (task.choose) {
          // The keyboard way: focus the checked choice, arrow keys move the choice in a radio group.
          await page.locator("input[name=page]:checked").focus();
          for (let i = 0; i < task.choose; i += 1) await page.keyboard.press("ArrowDown");
        }
        if (task.teams) {
          entry.valid = await page.evaluate(() => window.__teams.valid);
          // Teams calls the save handler when the user presses Save in its own dialog.
          await page.evaluate(() => window.__teams.save());
          await page.waitForFunction(() => window.__teams.saved !== undefined, null, { timeout: 15000 });
          entry.config = await page.evaluate(() => window.__teams.config);
          entry.saved = await page.evaluate(() => window.__teams.saved);
        }
        entry.text = await page.locator("main").innerText();
        entry.theme = await page.evaluate(() => document.documentElement.dataset.theme);
        entry.lang = await page.evaluate(() => document.documentElement.lang);
        if (task.screenshot) {
          entry.png = join(spec.out, `${task.name}.png`);
          await page.screenshot({ path: entry.png, fullPage: true });
        }
        if (task.axe) entry.axe = await runAxe(page);
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

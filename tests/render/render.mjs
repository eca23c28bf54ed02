// Renders every card JSON in a folder with the official Adaptive Cards renderer (npm `adaptivecards`)
// in headless Debian Chromium, with Teams-like host configs in light and dark theme. Saves one PNG per
// card and theme and a report.json; exits 1 when the renderer reported any warning or error.
//
//   node tests/render/render.mjs CARDS_DIR OUT_DIR
//
// CHROMIUM (default /usr/bin/chromium) names the browser; playwright-core never downloads one.
import { chromium } from "playwright-core";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [cardsDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
if (!cardsDir || !outDir) {
  console.error("usage: node render.mjs CARDS_DIR OUT_DIR");
  process.exit(2);
}
const themes = ["light", "dark"].map((theme) => ({
  theme,
  hostConfig: JSON.parse(readFileSync(join(here, `hostconfig-teams-${theme}.json`), "utf8")),
}));
const cards = readdirSync(cardsDir).filter((f) => f.endsWith(".json")).sort();
mkdirSync(outDir, { recursive: true });

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const report = { cards: {}, problems: [] };
try {
  const page = await browser.newPage({ viewport: { width: 700, height: 800 }, deviceScaleFactor: 1 });
  const pageMessages = [];
  page.on("console", (msg) => {
    if (["warning", "error"].includes(msg.type())) pageMessages.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => pageMessages.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => pageMessages.push(`request failed: ${req.url()}`));
  await page.goto(pathToFileURL(join(here, "page.html")).href);
  if (!(await page.evaluate(() => window.rendererReady))) {
    throw new Error("the renderer did not load: run `npm ci` in tests/render");
  }
  for (const file of cards) {
    const name = file.replace(/\.json$/, "");
    const payload = JSON.parse(readFileSync(join(cardsDir, file), "utf8"));
    report.cards[name] = {};
    for (const { theme, hostConfig } of themes) {
      pageMessages.length = 0;
      const result = await page.evaluate(([p, h, t]) => window.renderCard(p, h, t), [payload, hostConfig, theme]);
      await page.evaluate(() => document.fonts.ready);
      const png = join(outDir, `${name}.${theme}.png`);
      await page.locator("body").screenshot({ path: png });
      const issues = [...result.issues.map((i) => `${i.phase}/${i.event}: ${i.message}`), ...pageMessages];
      report.cards[name][theme] = { png, height: Math.round(result.height), issues };
      for (const issue of issues) report.problems.push(`${name} (${theme}): ${issue}`);
    }
  }
} finally {
  await browser.close();
}
report.seconds = (Date.now() - started) / 1000;
writeFileSync(join(outDir, "report.json"), JSON.stringify(report, null, 2));
console.log(`rendered ${cards.length} cards x ${themes.length} themes in ${report.seconds.toFixed(1)} s -> ${outDir}`);
for (const problem of report.problems) console.log(`WARNING ${problem}`);
process.exit(report.problems.length ? 1 : 0);

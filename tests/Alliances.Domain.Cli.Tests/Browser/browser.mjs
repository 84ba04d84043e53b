// Loads a report page in Debian's Chromium, headless, as a committee member's browser would, and prints what it found
// as one JSON object: the page's language and title, its headings, the text of its tables' cells, its charts, every
// request the page made beyond the page itself, every request that failed, and every console error or page error.
// Run by ReportBrowserTest.
//
//   node browser.mjs <page.html> [--screenshot <out.png>] [--width <pixels>]
//
// The browser is /usr/bin/chromium (Debian's package chromium), or the one ALLIANCES_CHROMIUM names.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [page_, ...rest] = process.argv.slice(2);
const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const screenshot = option("--screenshot");
const width = Number(option("--width") ?? 1100);
const url = pathToFileURL(resolve(page_)).href;

const browser = await chromium.launch({
  executablePath: process.env.ALLIANCES_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests = [];
  const failed = [];
  const errors = [];
  page.on("request", (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`.trim()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  const response = await page.goto(url, { waitUntil: "load" });
  const found = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector("h1")?.textContent ?? null,
    headings: [...document.querySelectorAll("h2")].map((h) => h.textContent),
    sections: [...document.querySelectorAll("section")].map((s) => s.id),
    tables: Object.fromEntries([...document.querySelectorAll("table")].map((t) => [t.id, [...t.querySelectorAll("tbody tr")].map((r) => [...r.cells].map((c) => c.textContent.trim()))])),
    charts: [...document.querySelectorAll("svg")].map((s) => ({ id: s.id, role: s.getAttribute("role"), label: document.getElementById(s.getAttribute("aria-labelledby"))?.textContent ?? null, width: s.getBoundingClientRect().width, marks: s.querySelectorAll("rect, path, line").length })),
    uncertain: [...document.querySelectorAll("#timeline .uncertain")].map((g) => g.querySelector("title")?.textContent ?? ""),
    scripts: document.scripts.length,
    scrollWidth: document.documentElement.scrollWidth,
  }));
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  process.stdout.write(JSON.stringify({ status: response?.status() ?? null, ...found, requests, failed, errors }) + "\n");
} finally {
  await browser.close();
}

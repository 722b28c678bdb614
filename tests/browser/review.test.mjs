// `ferry review` in a real browser: Debian's Chromium, driven by playwright-core.
//
// run.sh writes the pages and sets:
//   REVIEW_DIR   the folder holding demo.html (fixtures/personas/demo.json), hostile.html,
//                lang-CODE.html (the demo with --lang CODE: ja, de, ko) and fixtures/NAME.html
//                for each of fixtures/personas/NAME.json
//   DEMO_JSON    the demo persona, to compute what the saved file must hold
//   SCREENSHOT   where to write the screenshot of the page
//   FERRY        the ferry binary, which must read the saved file back
//   CHROMIUM     the browser (default /usr/bin/chromium)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const DIR = process.env.REVIEW_DIR;
const DEMO = process.env.DEMO_JSON;
const SCREENSHOT = process.env.SCREENSHOT;
const FERRY = process.env.FERRY;
assert.ok(DIR && DEMO && SCREENSHOT && FERRY, "run through tests/browser/run.sh");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ARGS,
  });
});
after(async () => {
  await browser?.close();
});

// A page opened from a file, with every request and script error recorded.
async function open(name, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const dialogs = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(pathToFileURL(path.join(DIR, name)).href);
  await page.waitForSelector("#memories li");
  return { context, page, requests, errors, dialogs };
}

function offline(requests) {
  const outside = requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(outside, [], "the page asked the network for something");
}

async function axe(page, label) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const said = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(said, [], `axe-core, ${label}`);
  return result.violations.length;
}

test("drop a memory, rename a pet name, save: the download is the edited spec", async () => {
  const { context, page, requests, errors } = await open("demo.html", {
    viewport: { width: 1000, height: 1500 },
    colorScheme: "light",
  });
  const spec = JSON.parse(readFileSync(DEMO, "utf8"));

  // The page shows what the spec holds.
  assert.equal(await page.getByLabel("Name", { exact: true }).inputValue(), spec.companion.name);
  assert.equal(await page.locator("#memories > li").count(), spec.memories.length);

  const summary = page.locator("#size-summary");
  assert.match(await summary.textContent(), new RegExp(`Keeping ${spec.memories.length} memories`));
  // With everything kept, the size shown is the size of what `ferry render` writes.
  const claudeSize = async () =>
    Number((await page.locator('tr[data-target="claude"] .size-text').textContent()).split(" of ")[0].replace(/,/g, ""));
  const rendered = execFileSync(FERRY, ["-q", "render", DEMO, "--target", "claude"], { encoding: "utf8" });
  // Claude Project instructions are measured in characters.
  assert.equal(await claudeSize(), Array.from(rendered).length);
  const before = await claudeSize();

  const dropped = "User lives in Leeds.";
  await page.locator("#memories > li", { hasText: dropped }).getByLabel("Keep").uncheck();
  assert.match(await summary.textContent(), new RegExp(`Keeping ${spec.memories.length - 1} memories`));
  assert.equal(await summary.getAttribute("aria-live"), "polite");
  assert.ok((await claudeSize()) < before, "dropping a memory makes the Claude output smaller");

  const old = spec.user.pet_names[1];
  await page.getByRole("textbox", { name: "Pet name 2", exact: true }).fill("Star");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save persona" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "edited-persona.json");
  const saved = JSON.parse(readFileSync(await download.path(), "utf8"));

  const expected = structuredClone(spec);
  expected.memories = expected.memories.filter((m) => m.text !== dropped);
  // The fact that says the same goes with it.
  expected.user.facts = expected.user.facts.filter((f) => f.text !== dropped);
  expected.user.pet_names = expected.user.pet_names.map((p) => (p === old ? "Star" : p));
  // An edited spec records the day it was edited.
  assert.match(saved.provenance.edited, /^\d{4}-\d{2}-\d{2}$/);
  expected.provenance.edited = saved.provenance.edited;
  assert.deepEqual(saved, expected);
  // ferry reads the saved file back, with its checks, and writes it for an app.
  const claude = execFileSync(FERRY, ["-q", "render", await download.path(), "--target", "claude"], { encoding: "utf8" });
  assert.match(claude, /Star/);
  assert.doesNotMatch(claude, /User lives in Leeds/);
  assert.match(await page.locator("#save-status").textContent(), /Saved edited-persona\.json/);
  await page.getByText("ferry migrate edited-persona.json --target all").waitFor();

  // A memory edited in place is saved with its new words.
  const first = page.locator("#memories > li").first();
  await first.getByRole("button", { name: "Edit" }).click();
  await first.getByLabel("Edit this memory").fill("Mira and Nova first talked over dinner ideas.");
  const [again] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save persona" }).click(),
  ]);
  const resaved = JSON.parse(readFileSync(await again.path(), "utf8"));
  assert.ok(resaved.memories.some((m) => m.text === "Mira and Nova first talked over dinner ideas."));
  assert.equal(resaved.memories.length, expected.memories.length);
  await first.getByRole("button", { name: "Done" }).click();

  // The last conversation, kept for the SillyTavern chat file, can be left out.
  assert.ok(resaved.last_conversation.messages.length > 0);
  await page.locator("#last").getByLabel("Keep").uncheck();
  const [third] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save persona" }).click(),
  ]);
  const without = JSON.parse(readFileSync(await third.path(), "utf8"));
  assert.equal(without.last_conversation, undefined);
  assert.equal(without.memories.length, expected.memories.length);

  await axe(page, "light, desktop");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: SCREENSHOT });
  offline(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test("dark, on a phone: readable, nothing wider than the screen, no serious axe findings", async () => {
  const { context, page, requests, errors } = await open("demo.html", {
    viewport: { width: 390, height: 844 },
    colorScheme: "dark",
    isMobile: true,
    hasTouch: true,
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await axe(page, "dark, phone");
  // Every control is reachable by keyboard: Tab reaches the Save button.
  await page.getByRole("button", { name: "Save persona" }).focus();
  assert.equal(await page.evaluate(() => document.activeElement.id), "save-button");
  offline(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test("text from the export stays text: a planted <script> never runs", async () => {
  const { context, page, requests, errors, dialogs } = await open("hostile.html");
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, [], "a planted script ran");
  const texts = await page.locator("#memories .item-text").allTextContents();
  assert.ok(texts.some((t) => t.includes("<script>alert(1)</script>")), texts.join("\n"));
  assert.ok(texts.some((t) => t.includes("</script><script>alert(3)</script>")));
  assert.equal(await page.locator("#memories script, #memories img").count(), 0);
  offline(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test("every fixture persona shows without a script error, offline, with no serious axe findings", async () => {
  const names = readdirSync(path.join(DIR, "fixtures")).filter((n) => n.endsWith(".html"));
  assert.ok(names.length >= 4, names.join(", "));
  for (const name of names) {
    const { context, page, requests, errors } = await open(path.join("fixtures", name));
    await axe(page, name);
    offline(requests);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

// What the English page says in its own words: none of it may show on a page in another
// language (the spec's own text, the app names and the file names are not the page's words).
// (Kindroid's "Key Memories" is the app's own name for a field, and stays.)
const ENGLISH = ["Who is who", "Your time together", "Example exchanges", "Where it fits",
  "Save your changes", "Save persona", "What to do next", "Keep", "Edit", "Your name", "Add a pet name",
  "Why ferry thinks so", "Months together", "Who wrote the replies", "words a reply", "Keeping ",
  "estimated tokens", "characters", "to spare", "Made by", "conversations"];

for (const code of ["ja", "de", "ko"]) {
  test(`the page in ${code}: its own words are the language's, and it still works`, async () => {
    const { context, page, requests, errors } = await open(`lang-${code}.html`);
    const words = await page.evaluate(() => JSON.parse(document.getElementById("ferry-data").textContent).words);
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    assert.equal((await page.locator("#mem-h").textContent()).trim(), words.mem_h);
    assert.equal((await page.locator("#save-button").textContent()).trim(), words.save_button);
    // Everything the page wrote itself, without the spec's quotes, memories and examples.
    const own = await page.evaluate(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll(".item-text, blockquote, code, th[scope=row], input, textarea, script, .badge")
        .forEach((n) => n.remove());
      return copy.innerText;
    });
    for (const english of ENGLISH) {
      assert.ok(!own.includes(english), `"${english}" on the ${code} page:\n${own}`);
    }
    // Dropping a memory is said in the language, and the button says Save in it.
    const summary = page.locator("#size-summary");
    const before = await summary.textContent();
    await page.locator("#memories input[type=checkbox]").first().uncheck();
    const after = await summary.textContent();
    assert.notEqual(after, before);
    assert.ok(after.length > 0 && !/Keeping|memories/.test(after), after);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: words.save_button }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "edited-persona.json");
    const saved = (await page.locator("#save-status").textContent()).trim();
    assert.ok(saved.length > 0 && !saved.startsWith("Saved"), saved);
    await axe(page, code);
    offline(requests);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

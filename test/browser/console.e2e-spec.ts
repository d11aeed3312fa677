import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { customerStream } from '@ledger/domain';
import { browserSuiteMode, chromiumCandidates, launchChromium } from './chromium';
import { ensureConsoleBuilt } from './console-build';
import {
  type ConsoleBook,
  type ConsoleLedger,
  seedConsoleBook,
  settle,
  startConsoleLedger,
} from './console-ledger';

/** Where the suite writes its screenshots; the README shows the customer timeline's. */
export const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

const mode = browserSuiteMode();
if (mode === 'skip')
  console.warn(
    `browser suite skipped: no Chromium at ${chromiumCandidates().join(' or ')} (apt-get install -y chromium; CI sets REQUIRE_BROWSER=1, which fails instead)`,
  );

(mode === 'skip' ? describe.skip : describe)('the console in headless Chromium (e2e)', () => {
  let ledger: ConsoleLedger;
  let book: ConsoleBook;
  let browser: Browser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // launchChromium throws when REQUIRE_BROWSER=1 finds none: the suite fails rather than skips.
    browser = await launchChromium();
    ledger = await startConsoleLedger();
    book = await seedConsoleBook(ledger);
    await settle(ledger, book.position);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ledger?.close();
  });

  /** What went wrong in each page: script errors, failed requests, answers of 500 or more. */
  const failures = new WeakMap<Page, string[]>();

  async function open(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const seen: string[] = [];
    failures.set(page, seen);
    page.on('pageerror', (error) => seen.push(error.message));
    page.on('requestfailed', (request) => seen.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 500) seen.push(`${response.url()} answered ${response.status()}`);
    });
    await page.goto(`${ledger.url}/console`);
    return page;
  }

  async function close(page: Page): Promise<void> {
    expect(failures.get(page)).toEqual([]);
    await page.context().close();
  }

  /** The development sign-in: pick a role, the api mints the token. */
  async function signInAs(role: string, sub: string, branchId?: string): Promise<Page> {
    const page = await open();
    const form = page.getByTestId('development-sign-in');
    await form.locator('select[name=role]').selectOption(role);
    await form.locator('input[name=sub]').fill(sub);
    if (branchId !== undefined) await form.locator('input[name=branchId]').fill(branchId);
    await form.getByRole('button').click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  /** Polls until `done` holds (the page renders an answer after its fetch resolves). */
  async function until(done: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`not within 10 s: ${what}`);
  }

  const cells = (page: Page, testId: string, column: number) =>
    page.getByTestId(testId).locator(`tbody tr td:nth-child(${column})`).allInnerTexts();

  it('serves the built assets at /console, with no request beyond the api', async () => {
    const page = await open();
    await expect(page.getByTestId('development-sign-in').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/console/');
    await close(page);
  });

  it('an auditor signs in, opens a customer timeline, moves to an earlier event and sees who read the customer', async () => {
    const page = await signInAs('auditor', 'auditor-sun');
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toContain('auditor-sun · auditor');
    // Auditors see identifiers in full, exactly as the API answers them.
    await page.getByTestId('customers').waitFor();
    await expect(cells(page, 'customers', 4)).resolves.toEqual(
      expect.arrayContaining([book.corporatePhone, book.retailPhone]),
    );
    await page.locator(`a[href="#/timeline/${book.corporateId}"]`).click();

    const events = page.getByTestId('event');
    await page.getByTestId('as-of-heading').waitFor();
    const count = await events.count();
    expect(count).toBeGreaterThanOrEqual(8);
    await expect(page.getByTestId('chain-badge').allInnerTexts()).resolves.toEqual(
      Array(count).fill('✔ chain verified'),
    );
    await expect(page.getByTestId('chain-summary').innerText()).resolves.toContain(
      `verified over ${count} events`,
    );
    // The latest event is selected first: the decided tier, the override.
    await expect(page.getByTestId('as-of-heading').innerText()).resolves.toContain(`#${count - 1}`);
    const tier = page.getByTestId('customer-360').locator('dd[data-field=Tier]');
    await expect(tier.innerText()).resolves.toMatch(/^STRATEGIC/);
    await expect(events.nth(0).innerText()).resolves.toMatch(
      /CustomerOnboarded[\s\S]*by rm-zhou \(relationship-manager\)/,
    );

    // Back to the onboarding: the 360 view as of that event (?asOf=), before any review.
    await events.nth(0).getByRole('button').click();
    await page.getByTestId('as-of-heading').filter({ hasText: '#0 ' }).waitFor();
    await expect(tier.innerText()).resolves.toMatch(/^STANDARD/);
    await expect(
      page.getByTestId('customer-360').locator('dd[data-field=Revision]').innerText(),
    ).resolves.toBe('0');
    await page.screenshot({ path: join(SCREENSHOTS, 'customer-timeline.png'), fullPage: true });

    // The access log names this auditor's reads of the customer (the history and its verification).
    const readers = await cells(page, 'access-log', 2);
    const views = await cells(page, 'access-log', 4);
    expect(readers).toContain('auditor-sun');
    expect(views).toEqual(expect.arrayContaining(['history', 'history-verification']));
    await close(page);
  });

  it('a committee member pastes a token, filters the tier trail, reads its flow chart table and votes on an open review', async () => {
    const page = await open();
    await page.locator('textarea[name=token]').fill(await ledger.token('committee-member', 'committee-qian'));
    await page.getByTestId('token-sign-in').getByRole('button').click();
    await page.locator('a[href="#/tier-trail"]').click();
    await page.getByTestId('tier-trail').waitFor();
    // Unfiltered: the corporate override and the retail customer's change by assets.
    await expect(cells(page, 'tier-trail', 2)).resolves.toEqual(
      expect.arrayContaining([book.corporateId, book.retailId]),
    );

    const filters = page.getByTestId('tier-filters');
    await filters.locator('select[name=override]').selectOption('true');
    await filters.getByRole('button').click();
    await until(async () => (await cells(page, 'tier-trail', 2)).length === 1, 'one overridden decision');
    await expect(cells(page, 'tier-trail', 2)).resolves.toEqual([book.corporateId]);
    await expect(cells(page, 'tier-trail', 5)).resolves.toEqual(['STRATEGIC']);
    await expect(cells(page, 'tier-trail', 8)).resolves.toEqual(['committee-zhao']);
    // The chart's numbers beside it: this month, one STANDARD→STRATEGIC flow, every decision an override.
    const month = new Date().toISOString().slice(0, 7);
    const header = await page.getByTestId('tier-flows-table').locator('thead th').allInnerTexts();
    expect(header).toEqual(['month', 'STANDARD→STRATEGIC', 'override rate']);
    await expect(page.getByTestId('tier-flows-table').locator('tbody tr').allInnerTexts()).resolves.toEqual([
      `${month}\t1\t100.0%`,
    ]);

    await filters.locator('select[name=override]').selectOption('');
    await filters.locator('select[name=segment]').selectOption('retail');
    await filters.getByRole('button').click();
    await until(
      async () => (await cells(page, 'tier-trail', 2)).every((id) => id === book.retailId),
      'only the retail decisions',
    );
    await expect(cells(page, 'tier-trail', 3)).resolves.toEqual(['retail']);
    await expect(cells(page, 'tier-trail', 4)).resolves.toEqual(['MASS']);

    // The open review with its one vote; this member casts theirs.
    const reviews = page.getByTestId('open-reviews-table');
    await expect(reviews.getByTestId('votes').innerText()).resolves.toContain('committee-chen: reject');
    const vote = reviews.getByTestId('vote-form');
    await vote.locator('select[name=vote]').selectOption('approve');
    await vote.locator('select[name=tier]').selectOption('KEY');
    await vote.locator('input[name=reason]').fill('merger doubles the contribution');
    await vote.getByRole('button').click();
    await reviews.getByTestId('votes').filter({ hasText: 'committee-qian: approve KEY' }).waitFor();
    await expect(reviews.getByTestId('vote-form').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'tier-trail.png'), fullPage: true });
    await close(page);
  });

  it('reads a KPI chart’s numbers from the table beside it, for the bank and per branch', async () => {
    const page = await signInAs('auditor', 'auditor-sun');
    await page.locator('a[href="#/kpis"]').click();
    await page.getByTestId('kpi-customers-table').waitFor();
    const month = new Date().toISOString().slice(0, 7);
    const rows = await page.getByTestId('kpi-customers-table').locator('tbody tr').allInnerTexts();
    // customers, new, churned, churn rate: both customers were onboarded this month.
    expect(rows.at(-1)).toBe(`${month}\t2\t2\t0\t—`);
    await expect(page.getByTestId('kpi-customers-chart').locator('svg').count()).resolves.toBe(1);

    const filters = page.getByTestId('kpi-filters');
    await filters.locator('select[name=groupBy]').selectOption('branch');
    await filters.locator('select[name=granularity]').selectOption('quarter');
    await filters.getByRole('button').click();
    await page.getByTestId('kpi-contacts-made-table').waitFor();
    const quarter = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
    await expect(
      page.getByTestId('kpi-contacts-made-table').locator('thead th').allInnerTexts(),
    ).resolves.toEqual(['period', 'b1', 'branch-hz']);
    // One visit logged on the corporate customer's book this quarter, none on the retail one's.
    const contacts = await page.getByTestId('kpi-contacts-made-table').locator('tbody tr').allInnerTexts();
    expect(contacts.at(-1)).toBe(`${quarter}\t0\t1`);
    await page.screenshot({ path: join(SCREENSHOTS, 'kpis.png'), fullPage: true });
    await close(page);
  });

  it('a call-centre sign-in sees masked numbers and the worklist by priority, reason and due date', async () => {
    const page = await signInAs('call-center', 'cc-wang');
    await page.getByTestId('customers').waitFor();
    const phones = await cells(page, 'customers', 4);
    const idNumbers = await cells(page, 'customers', 5);
    expect(phones.sort()).toEqual(
      [`****${book.corporatePhone.slice(-4)}`, `****${book.retailPhone.slice(-4)}`].sort(),
    );
    expect(idNumbers.every((value) => /^\*{4}\w{4}$/.test(value))).toBe(true);
    const html = await page.content();
    expect(html).not.toContain(book.retailPhone);
    expect(html).not.toContain('110101199001011234');

    await page.locator('a[href="#/worklist"]').click();
    const filters = page.getByTestId('worklist-filters');
    await filters.locator('input[name=relationshipManagerId]').fill('rm-li');
    await filters.getByRole('button').click();
    await page.getByTestId('worklist').locator('tbody tr').first().waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const first = await page.getByTestId('worklist').locator('tbody tr').first().innerText();
    expect(first.split('\t').slice(0, 3)).toEqual(['P1', 'large-movement', today]);
    // The customer's page, as the call centre may read it: masked again, from the API.
    await page.getByTestId('worklist').locator(`a[href="#/customer/${book.retailId}"]`).first().click();
    await page.getByTestId('customer-360').waitFor();
    await expect(page.locator('dd[data-field=Phone]').innerText()).resolves.toBe(
      `****${book.retailPhone.slice(-4)}`,
    );
    await close(page);
  });

  // Last: it edits the log behind the api's back, as someone with the file could.
  it('marks the events from the first edited one on as breaking the chain', async () => {
    const raw = new Database(join(ledger.dataDir, 'events.sqlite'));
    raw
      .prepare("UPDATE events SET data = json_set(data, '$.edited', 1) WHERE stream = ? AND revision = 1")
      .run(customerStream(book.retailId));
    raw.close();
    const page = await signInAs('auditor', 'auditor-sun');
    await page.goto(`${ledger.url}/console/#/timeline/${book.retailId}`);
    await page.getByTestId('as-of-heading').waitFor();
    // Onboarding, two valuations and the tier change the first one made: only the onboarding verifies.
    await expect(page.getByTestId('chain-badge').allInnerTexts()).resolves.toEqual([
      '✔ chain verified',
      '✘ chain broken',
      '✘ chain broken',
      '✘ chain broken',
    ]);
    await expect(page.getByTestId('chain-summary').innerText()).resolves.toBe(
      'Hash chain broken at revision 1',
    );
    await close(page);
  });
});

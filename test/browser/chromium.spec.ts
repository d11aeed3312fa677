import { browserSuiteMode, chromiumPath } from './chromium';

describe('whether the browser suite runs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('skips without a Chromium, and fails instead when REQUIRE_BROWSER=1', () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    delete process.env['REQUIRE_BROWSER'];
    expect(chromiumPath()).toBeUndefined();
    expect(browserSuiteMode()).toBe('skip');
    process.env['REQUIRE_BROWSER'] = '1';
    expect(browserSuiteMode()).toBe('fail');
  });

  it('runs with the Chromium it finds', () => {
    process.env['CHROMIUM_PATH'] = process.execPath; // any executable file stands for the browser here
    process.env['REQUIRE_BROWSER'] = '1';
    expect(chromiumPath()).toBe(process.execPath);
    expect(browserSuiteMode()).toBe('run');
  });
});

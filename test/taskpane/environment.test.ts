import { detectEnvironment, isDarkColor, localeFrom } from '../../src/taskpane/boot/environment';

describe('language', () => {
  it('is Chinese unless Office says English', () => {
    expect(localeFrom('zh-CN')).toBe('zh');
    expect(localeFrom('zh-TW')).toBe('zh');
    expect(localeFrom(undefined)).toBe('zh');
    expect(localeFrom('fr-FR')).toBe('zh');
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom('en-GB')).toBe('en');
    expect(localeFrom('EN')).toBe('en');
  });
});

describe('Office theme', () => {
  it('reads dark body colours as dark', () => {
    expect(isDarkColor('#1F1F1F')).toBe(true);
    expect(isDarkColor('262626')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#F3F3F3')).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});

describe('detectEnvironment', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  it('is standalone when office.js never loaded', async () => {
    const env = await detectEnvironment('?sample=1');
    expect(env).toEqual({ mode: 'standalone', locale: 'zh', dark: false, sample: true });
  });

  it('is standalone when Office.onReady reports no host (a plain browser)', async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const env = await detectEnvironment('');
    expect(env.mode).toBe('standalone');
    expect(env.sample).toBe(false);
  });

  const requirements = (version: string) => ({ isSetSupported: (_: string, v?: string) => Number(v?.split('.')[1] ?? 0) <= Number(version.split('.')[1]) });

  it('is Excel with its language and theme when Office reports a host', async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' }, requirements: requirements('1.18') },
    };
    expect(await detectEnvironment('')).toEqual({ mode: 'excel', locale: 'en', dark: true, sample: false });
  });

  it("prefers Office's own dark-theme flag to guessing from the colours", async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'zh-CN', officeTheme: { bodyBackgroundColor: '#FFFFFF', isDarkTheme: true }, requirements: requirements('1.9') },
    };
    expect(await detectEnvironment('')).toMatchObject({ mode: 'excel', dark: true });
  });

  it('offers the file-based page inside an Excel older than ExcelApi 1.9', async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'zh-CN', officeTheme: { bodyBackgroundColor: '#FFFFFF' }, requirements: requirements('1.7') },
    };
    expect(await detectEnvironment('')).toEqual({ mode: 'standalone', locale: 'zh', dark: false, sample: false, oldExcel: true });
  });

  it('inside Office waits for office.js however long it takes, and is then the Excel pane', async () => {
    let answer: (info: { host: string; platform: string }) => void = () => undefined;
    g.Office = {
      onReady: () => new Promise((resolve) => (answer = resolve)),
      context: { displayLanguage: 'zh-CN', officeTheme: { bodyBackgroundColor: '#FFFFFF' }, requirements: requirements('1.18') },
    };
    let settled = false;
    const env = detectEnvironment('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0').then((e) => {
      settled = true;
      return e;
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(settled).toBe(false);
    answer({ host: 'Excel', platform: 'PC' });
    expect(await env).toMatchObject({ mode: 'excel' });
  });

  it('lets the address force the language and theme', async () => {
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' }, requirements: requirements('1.9') },
    };
    expect(await detectEnvironment('?lang=zh-CN&theme=light')).toMatchObject({ locale: 'zh', dark: false });
  });
});

describe('detectEnvironment in WPS 表格', () => {
  const g = globalThis as { Application?: unknown; wps?: unknown; Office?: unknown };
  afterEach(() => {
    delete g.Application;
    delete g.wps;
    delete g.Office;
  });

  it('is WPS when the page has the WPS Application global, without waiting for office.js', async () => {
    g.Application = { ActiveWorkbook: null, ScreenUpdating: true };
    // An office.js that never settles must not hold the pane back.
    g.Office = { onReady: () => new Promise(() => undefined) };
    const env = await detectEnvironment('');
    expect(env).toEqual({ mode: 'wps', locale: 'zh', dark: false, sample: false });
  });

  it('is WPS through the older wps global too, and not for an unrelated Application global', async () => {
    g.wps = { EtApplication: () => ({ ActiveWorkbook: null }) };
    expect((await detectEnvironment('?lang=en')).mode).toBe('wps');
    delete g.wps;
    g.Application = { name: 'something else' };
    expect((await detectEnvironment('')).mode).toBe('standalone');
  });
});

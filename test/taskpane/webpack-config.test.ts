/* The build's options: where office.js comes from, the page's CSP and the manifest's addresses. */
import type { Configuration, WebpackPluginInstance } from 'webpack';

type ConfigFn = (env: unknown, argv: { mode: string }) => Configuration;

function build(env: Record<string, string | undefined>): Configuration {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    jest.resetModules();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, read the way webpack reads it
    const config = require('../../webpack.config.js') as ConfigFn;
    return config({}, { mode: 'production' });
  } finally {
    process.env = saved;
  }
}

interface HtmlPlugin {
  userOptions: { templateParameters: { officeJs: string; csp: string } };
}
interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
}
interface CopyPlugin {
  patterns: CopyPattern[];
}

function plugin<T>(config: Configuration, name: string): T {
  const found = (config.plugins ?? []).find((p): p is WebpackPluginInstance => Boolean(p) && (p as object).constructor.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found as unknown as T;
}

describe('webpack.config.js', () => {
  it('loads office.js from Microsoft by default and allows only that host', () => {
    const { userOptions } = plugin<HtmlPlugin>(build({ OFFICE_JS: undefined }), 'HtmlWebpackPlugin');
    expect(userOptions.templateParameters.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(userOptions.templateParameters.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  });

  it('serves office.js from dist with OFFICE_JS=local, and then allows no outside host at all', () => {
    const config = build({ OFFICE_JS: 'local' });
    const { userOptions } = plugin<HtmlPlugin>(config, 'HtmlWebpackPlugin');
    expect(userOptions.templateParameters.officeJs).toBe('office-js/office.js');
    expect(userOptions.templateParameters.csp).not.toMatch(/https?:/);
    const copied = plugin<CopyPlugin>(config, 'CopyPlugin').patterns.map((p) => p.to);
    expect(copied).toContain('office-js');
  });

  it('rewrites the manifest to ADDIN_BASE_URL, adding the trailing slash when missing', () => {
    const config = build({ ADDIN_BASE_URL: 'https://oa.example.gov.cn/tongbao' });
    const manifest = plugin<CopyPlugin>(config, 'CopyPlugin').patterns.find((p) => p.to === 'manifest.xml');
    const xml =
      '<AppDomain>https://localhost:3000</AppDomain><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>';
    expect(manifest?.transform?.(Buffer.from(xml))).toBe(
      '<AppDomain>https://oa.example.gov.cn</AppDomain><SourceLocation DefaultValue="https://oa.example.gov.cn/tongbao/taskpane.html"/><IconUrl DefaultValue="https://oa.example.gov.cn/tongbao/assets/icon-32.png"/>',
    );
  });

  it('ships the sample report for the standalone page', () => {
    const patterns = plugin<CopyPlugin>(build({}), 'CopyPlugin').patterns;
    expect(patterns).toContainEqual(expect.objectContaining({ to: 'assets/sample.xlsx' }));
  });
});

/* The pane's build: dist/ holds everything an Excel add-in server or the standalone page needs. */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const OFFICE_CDN_HOST = 'https://appsforoffice.microsoft.com';
const OFFICE_CDN_URL = `${OFFICE_CDN_HOST}/lib/1/hosted/office.js`;
const OFFICE_JS_DIR = 'office-js';
const PORT = Number(process.env.PORT || 3000);

/** Where the add-in will be served from; the manifest's URLs are rewritten to it. */
function baseUrl() {
  const raw = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/**
 * Points the manifest at the deployment: every URL under the dev address moves under `base`, and the
 * bare dev origin (AppDomain) becomes the deployment's origin.
 */
function rewriteManifest(xml, base) {
  const devOrigin = DEV_BASE_URL.replace(/\/$/, '');
  return xml.split(DEV_BASE_URL).join(base).split(devOrigin).join(new URL(base).origin);
}

function officeJsIsLocal() {
  return (process.env.OFFICE_JS || '').toLowerCase() === 'local';
}

/**
 * Only the page's own origin and, unless office.js is served locally, Microsoft's office.js host.
 * Styles must allow inline rules: Fluent UI (Griffel) inserts its class rules at run time.
 */
function contentSecurityPolicy(local) {
  const office = local ? '' : ` ${OFFICE_CDN_HOST}`;
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    `connect-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** office.js loads its host- and language-specific scripts from beside itself; Excel's and the shared ones are enough. */
function officeJsPatterns() {
  const from = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  const otherHosts = /^(access|onenote|outlook|powerpoint|project|visio|word|custom-functions|office-vsdoc)/i;
  return [{
    from,
    to: OFFICE_JS_DIR,
    globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] },
    filter: (file) => !otherHosts.test(path.basename(file)),
  }];
}

/** Dev certificates made by `npx office-addin-dev-certs install`, or HTTPS_KEY / HTTPS_CERT. */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = process.env.HTTPS_KEY || path.join(dir, 'localhost.key');
  const cert = process.env.HTTPS_CERT || path.join(dir, 'localhost.crt');
  const ca = path.join(dir, 'ca.crt');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) return null;
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) };
}

function startMessage(https) {
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}/taskpane.html`;
  return [
    '',
    '通报表助手 is running (the first build takes about half a minute).',
    '通报表助手已启动：在浏览器中打开下面的地址即可使用独立网页版。',
    '',
    `  Standalone page with the sample report:  ${url}?sample=1`,
    `  Standalone page, open your own .xlsx:    ${url}`,
    '',
    'To sideload into Excel (see README, "Use it in Excel"):',
    https
      ? '  HTTPS is on. Add manifest.xml to Excel: Windows via a shared-folder catalog,\n  Mac by copying it to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/,\n  Excel on the web via Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.'
      : '  Excel only loads add-ins over HTTPS. Install trusted dev certificates once with\n  `npx office-addin-dev-certs install` (or set HTTPS_KEY and HTTPS_CERT to your own),\n  then run `npm start` again and add manifest.xml to Excel as the README describes.',
    '',
  ].join('\n');
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  const local = officeJsIsLocal();
  const https = dev ? devHttps() : null;
  const base = baseUrl();

  const copy = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    { from: 'test/fixtures/tongbao-2023-09.xlsx', to: 'assets/sample.xlsx' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      noErrorOnMissing: true,
      transform: (content) => rewriteManifest(content.toString('utf8'), base),
    },
    ...(local ? officeJsPatterns() : []),
  ];

  return {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2020'],
    // eval-based source maps would need 'unsafe-eval' in the page's Content-Security-Policy.
    devtool: 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative to the page, so dist/ works under any ADDIN_BASE_URL.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // Kept readable: the page is tiny, and IT staff deploying it may want to check its CSP by eye.
        minify: false,
        templateParameters: {
          officeJs: local ? `${OFFICE_JS_DIR}/office.js` : OFFICE_CDN_URL,
          csp: contentSecurityPolicy(local),
        },
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    // exceljs is a large lazy chunk used only by the standalone page; bench/pane.ts measures the initial bundle.
    performance: { hints: false },
    devServer: {
      port: PORT,
      host: 'localhost',
      server: https ? { type: 'https', options: https } : 'http',
      // No live-reload socket: the page's CSP allows no connection but its own origin's HTTP.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The bare address opens the standalone page with the sample report, for a first look.
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.get('/', (_req, res) => res.redirect('/taskpane.html?sample=1'));
        return middlewares;
      },
      onListening: () => process.stdout.write(startMessage(Boolean(https))),
    },
  };
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.OFFICE_CDN_HOST = OFFICE_CDN_HOST;
module.exports.rewriteManifest = rewriteManifest;

/*
 * The WPS add-in's build: the same pane as dist/, for the WPS web view. `npm run build:wps` runs this,
 * then scripts/package-wps.ts adds the add-in's files, the install page and the offline package.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const paneConfig = require('./webpack.config.js');

/**
 * The ECMAScript level the pane's code is compiled down to, dependencies included: the WPS 2019 and
 * later web views run it, whatever Chromium their build embeds.
 */
const WPS_TARGET = 'es2017';

/** The page's own origin only: the WPS pane needs no other host, not even Microsoft's office.js. */
function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = (env, argv) => {
  const base = paneConfig(env, { ...argv, mode: 'production' });
  return {
    ...base,
    mode: 'production',
    target: ['web', WPS_TARGET],
    devServer: undefined,
    output: { ...base.output, path: path.resolve(__dirname, 'dist-wps') },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          // Dependencies too: some ship syntax newer than the WPS web view runs.
          exclude: /node_modules[\\/](core-js|webpack)[\\/]/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: false } },
                target: WPS_TARGET,
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: 'wps-addin/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        minify: false,
        templateParameters: { csp: contentSecurityPolicy() },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'wps-addin/ribbon.xml', to: 'ribbon.xml' },
          { from: 'wps-addin/ribbon.js', to: 'ribbon.js' },
          { from: 'wps-addin/index.html', to: 'index.html' },
        ],
      }),
    ],
  };
};

module.exports.WPS_TARGET = WPS_TARGET;

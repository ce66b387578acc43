/* Bundles the simulated office.js and the simulated WPS for the browser tests. */
const path = require('path');

module.exports = {
  mode: 'development',
  target: ['web', 'es2020'],
  devtool: false,
  entry: { 'office-stub': path.join(__dirname, 'office-stub.ts'), 'wps-stub': path.join(__dirname, 'wps-stub.ts') },
  output: { path: path.resolve(__dirname, '../../../.tmp/e2e'), filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } } } }],
  },
};

/* Bundles the simulated office.js for the browser tests. */
const path = require('path');

module.exports = {
  mode: 'development',
  target: ['web', 'es2020'],
  devtool: false,
  entry: path.join(__dirname, 'office-stub.ts'),
  output: { path: path.resolve(__dirname, '../../../.tmp/e2e'), filename: 'office-stub.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } } } }],
  },
};

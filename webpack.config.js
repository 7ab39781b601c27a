/**
 * Builds the task pane (React + the engine's Web Worker) into dist/, and serves it on
 * https://localhost:3000 for sideloading. `webpack --mode production` is part of `npm test`.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** swc for .ts/.tsx: strips types and JSX, keeps ES modules (webpack needs them for `new URL(..., import.meta.url)`). */
function swcLoader(production) {
  return {
    loader: 'swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic', development: !production } },
        target: 'es2020',
      },
      module: { type: 'es6' },
      sourceMaps: !production,
    },
  };
}

/**
 * The minimizer: swc's (Rust, several times faster than terser on Fluent's bundle) when
 * webpack's minimizer plugin offers it, otherwise webpack's default.
 */
function minimizers() {
  try {
    const MinimizerPlugin = require('minimizer-webpack-plugin');
    if (typeof MinimizerPlugin.swcMinify === 'function') {
      return [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: true, mangle: true } })];
    }
  } catch {
    /* fall through to webpack's default */
  }
  return ['...'];
}

/** HTTPS options from office-addin-dev-certs (trusted localhost certificate), or webpack's self-signed fallback. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, cert, key } };
  } catch (error) {
    console.warn(
      `[earmark] office-addin-dev-certs unavailable (${error && error.message ? error.message : error}); ` +
        'serving with a self-signed certificate that Office may refuse. Run `npx office-addin-dev-certs install`.',
    );
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/cli/ holds the CLI bundle (scripts/build-cli.mjs): the pane's build must not delete it.
      clean: { keep: /^cli[\\/]/ },
    },
    // Production maps are left out to keep `npm test` fast; dev builds get full ones.
    devtool: production ? false : 'source-map',
    target: ['web', 'es2020'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: swcLoader(production) },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
        ],
      }),
    ],
    optimization: {
      minimizer: minimizers(),
    },
    performance: {
      // Fluent UI and React make a pane of a few hundred KiB; warn only well beyond that.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
    },
    cache: production ? false : { type: 'filesystem' },
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          hot: false,
          server: await httpsOptions(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

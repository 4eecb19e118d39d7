// Karma configuration for `ng test` (builder @angular/build:unit-test, runner karma).
// CommonJS (.cjs) because package.json declares "type": "module".
const path = require('node:path');

// Debian's Chromium; containers run as root, hence --no-sandbox in the launcher below.
process.env.CHROME_BIN ||= '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher'), require('karma-coverage')],
    client: {
      jasmine: {
        // Random order catches specs that lean on each other's leftovers.
        random: true,
      },
      clearContext: true,
    },
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    // 'dots' ends with the line tools parse: "Executed 12 of 12 SUCCESS" or "Executed 12 of 12 (1 FAILED)".
    reporters: ['dots'],
    coverageReporter: {
      dir: path.join(__dirname, 'coverage'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    // Global styles are served under /base/ but the fonts they point at are served from the root.
    proxies: { '/base/media/': '/media/' },
    browserNoActivityTimeout: 60000,
    captureTimeout: 120000,
    failOnEmptyTestSuite: true,
    // Plain text, so the summary line stays machine-readable.
    colors: false,
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
  });
};

'use strict';
// Runs the pinned Prism CLI inside this Node process, with the guards voice_agents_mock needs.
//
// Usage: node _prism_runner.cjs <path of @stoplight/prism-cli/dist/index.js> mock [prism args]
//
// 1. Exit as soon as stdin reaches end-of-file: stdin is a pipe from the Python front, so Prism
//    never outlives it, even when the front is killed with SIGKILL.
// 2. Header values are made legal before Node checks them: Prism copies validation messages,
//    which may quote non-ASCII property names, into the `sl-violations` header, and Node throws
//    on such characters (which killed the process). Other characters are written as JSON
//    `\uXXXX` escapes, so `sl-violations` stays valid JSON.
// 3. Once listening, an exception escaping from one request is logged instead of ending the
//    process (before that, start-up errors still exit with status 70).
// 4. The line `voice-agents-mock prism-runner: listening on http://HOST:PORT` marks readiness.

const http = require('node:http');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node _prism_runner.cjs <prism-cli dist/index.js> mock ...\n');
  process.exit(64);
}

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

function legal(value) {
  if (typeof value === 'string') {
    return value.replace(/[^\t\x20-\x7e]/g, ch => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
  }
  if (Array.isArray(value)) {
    return value.map(legal);
  }
  return value;
}
const setHeader = http.ServerResponse.prototype.setHeader;
http.ServerResponse.prototype.setHeader = function (name, value) {
  return setHeader.call(this, name, legal(value));
};

let listening = false;
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...listenArgs) {
  this.once('listening', () => {
    listening = true;
    const address = this.address();
    if (address && typeof address === 'object') {
      process.stdout.write(
        `voice-agents-mock prism-runner: listening on http://${address.address}:${address.port}\n`,
      );
    }
  });
  return listen.apply(this, listenArgs);
};

function survive(kind) {
  return error => {
    const text = error && error.stack ? error.stack : String(error);
    process.stderr.write(`voice-agents-mock prism-runner: ${kind}: ${text}\n`);
    if (!listening) {
      process.exit(70);
    }
  };
}
process.on('uncaughtException', survive('uncaught exception'));
process.on('unhandledRejection', survive('unhandled rejection'));

process.argv = [process.argv[0], entry, ...args];
require(entry);

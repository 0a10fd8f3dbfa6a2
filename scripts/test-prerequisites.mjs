// The first step of `npm test`: the Debian packages the tests use (a real browser, a real
// speech engine, a real feed parser). Missing ones are installed when this runs as root on
// Debian with apt-get, as in CI; anywhere else it stops at once with the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { name: 'chromium', present: () => existsSync('/usr/bin/chromium'), for: 'the browser tests' },
  { name: 'espeak-ng', present: () => succeeds('espeak-ng', ['--version']), for: 'the speech tests of the plain-text edition' },
  {
    name: 'python3-feedparser',
    present: () => succeeds('/usr/bin/python3', ['-c', 'import feedparser']),
    for: 'the feed tests, read by a real feed parser',
  },
];

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const missing = needs.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const names = missing.map((need) => need.name);
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
if (!canInstall) {
  console.error(
    `npm test needs ${missing.map((need) => `${need.name} (${need.for})`).join(', ')}. Install them with:\n\n  sudo apt-get install --no-install-recommends ${names.join(' ')}\n`,
  );
  process.exit(1);
}
console.error(`Installing ${names.join(', ')} with apt-get, for the tests.`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env });
} catch {
  console.error(`Could not install ${names.join(', ')} with apt-get: install them by hand, then run npm test again.`);
  process.exit(1);
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The files of src/assets, read once when the module loads: they are part of the app's
// code, like its TypeScript, and every build publishes them as they are. Found from the
// package's folder, so the same code reads them from src/ and bundled in dist/.
function packageFolder(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}
const assets = join(packageFolder(), 'src', 'assets');
const read = (name: string) => readFileSync(join(assets, name));

/** The site's one stylesheet, src/assets/styles.css, before the line {@link stylesheet} puts first. */
export const styles = read('styles.css').toString('utf8');

/** The site's icon, an open book, as SVG. */
export const faviconSvg = read('favicon.svg').toString('utf8');

/** The same icon at 16, 32 and 48 pixels, as an ICO file in base64 (made by scripts/make-favicon-ico.ts). */
export const faviconIco = read('favicon.ico').toString('base64');

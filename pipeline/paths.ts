import { readFileSync } from 'node:fs';

/** The package root, found from this module whether it runs from source or from dist/. */
export const packageRoot: URL = (() => {
  const here = new URL('.', import.meta.url);
  return here.pathname.includes('/dist/') ? new URL('../../', here) : new URL('../', here);
})();

/** This package's name and version, read from package.json. */
export const packageInfo: { name: string; version: string } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8'));

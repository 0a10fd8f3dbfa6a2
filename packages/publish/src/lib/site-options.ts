import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Channel, SiteConfig } from '../channel.js';

/** The options every publishing command shares. */
export const siteOptionSpecs = {
  site: { type: 'string', default: 'site/src/site.js' },
  data: { type: 'string' },
  out: { type: 'string', default: 'dist' },
} as const;

/** A command's site: its config module, its channels, and the content package's data it publishes. */
export interface SiteSetup {
  siteModule: string;
  /** The site's channels, loaded when first asked for: a build with nothing to do never loads them. */
  channels: () => Promise<readonly Channel[]>;
  /** The content package's data folder. */
  dataDir: string;
  /** The content package's folder: its build writes the data and the slugs' types there. */
  contentPackage: string;
  outDir: string;
}

/**
 * Finds the site's config module and the content package it publishes (the one installed
 * beside the config), or prints one message and exits. The module itself is imported when
 * its channels are first asked for.
 */
export function findSite(values: { site: string; data?: string | undefined; out: string }): SiteSetup {
  const path = resolve(values.site);
  if (!existsSync(path)) {
    console.error(`--site: expected the site's config module, got ${values.site}, which does not exist`);
    process.exit(2);
  }
  const siteModule = pathToFileURL(path).href;
  let loaded: Promise<readonly Channel[]> | undefined;
  const channels = () => {
    loaded ??= import(siteModule).then((module: { default?: SiteConfig }) => {
      const config = module.default;
      if (!config || !Array.isArray(config.channels) || config.channels.length === 0) {
        console.error(`${values.site}: expected a default export { channels: [...] } with at least one channel`);
        process.exit(2);
      }
      return config.channels;
    });
    return loaded;
  };
  const contentPackage = dirname(createRequire(path).resolve('@kap/content/package.json'));
  const dataDir = values.data ? resolve(values.data) : join(contentPackage, 'dist', 'data');
  return { siteModule, channels, dataDir, contentPackage, outDir: resolve(values.out) };
}

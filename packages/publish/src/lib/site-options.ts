import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from '../channel.js';

/** The options every publishing command shares. */
export const siteOptionSpecs = {
  site: { type: 'string', default: 'site/src/site.js' },
  data: { type: 'string' },
  out: { type: 'string', default: 'dist' },
} as const;

/** A command's site: its config module, its channels, and the content package's data it publishes. */
export interface SiteSetup {
  siteModule: string;
  config: SiteConfig;
  /** The content package's data folder. */
  dataDir: string;
  /** The content package's folder: its build writes the data and the slugs' types there. */
  contentPackage: string;
  outDir: string;
}

/**
 * Loads the site's config module and finds the content package it publishes (the one
 * installed beside the config), or prints one message and exits.
 */
export async function loadSite(values: { site: string; data?: string | undefined; out: string }): Promise<SiteSetup> {
  const path = resolve(values.site);
  if (!existsSync(path)) {
    console.error(`--site: expected the site's config module, got ${values.site}, which does not exist`);
    process.exit(2);
  }
  const siteModule = pathToFileURL(path).href;
  const config = ((await import(siteModule)) as { default?: SiteConfig }).default;
  if (!config || !Array.isArray(config.channels) || config.channels.length === 0) {
    console.error(`${values.site}: expected a default export { channels: [...] } with at least one channel`);
    process.exit(2);
  }
  const contentPackage = dirname(createRequire(path).resolve('@kap/content/package.json'));
  const dataDir = values.data ? resolve(values.data) : join(contentPackage, 'dist', 'data');
  return { siteModule, config, dataDir, contentPackage, outDir: resolve(values.out) };
}

/** One file of the built edition. */
export interface SiteFile {
  /** Posix path relative to the site root, such as `text/index.txt`. */
  path: string;
  contents: string;
}

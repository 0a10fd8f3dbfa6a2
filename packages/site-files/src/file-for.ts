/**
 * The file, relative to the output folder, that a static host serves at a root-relative
 * site path: `/about/` is `about/index.html`, `/feed.xml` is `feed.xml`.
 */
export function fileFor(sitePath: string): string {
  const relative = sitePath.replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

import { ContentDirError, resolveContentDir } from '@kap/content-compiler/data';

/** The content folder a command reads (`CONTENT_DIR` or content/), or one message and exit 1. */
export function contentDirOrExit(): string {
  try {
    return resolveContentDir('content');
  } catch (error) {
    if (!(error instanceof ContentDirError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

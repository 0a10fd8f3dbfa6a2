import type { Channel } from '@kap/publish';
import { buildArticleText, buildText } from './build-text.js';

/** The plain-text edition as a channel of the publisher: a file per article, and the index that lists them. */
export const textChannel: Channel = {
  name: 'Plain-text edition',
  start(content) {
    return {
      articleFiles: (article, body) => ({ files: [buildArticleText({ ...content, getBody: () => body }, article)] }),
      listingFiles: ({ memo }) => buildText(content, { only: new Set(), memo }),
    };
  },
};

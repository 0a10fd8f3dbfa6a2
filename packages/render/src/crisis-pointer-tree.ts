import type { Root } from 'mdast';

/** The Find a Helpline directory, which lists crisis lines country by country. */
export const findAHelplineUrl = 'https://findahelpline.com/';

/**
 * The short pointer to crisis help that closes every article in the feeds and the
 * plain-text edition, as one paragraph: 988 by call or text in the United States, and the
 * Find a Helpline directory elsewhere. A tree, so that each channel renders it as it
 * renders a body: a link in a feed, the address said in words in the text edition.
 */
export function crisisPointerTree(): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value:
              'If you need help now, call or text 988 in the United States to reach the 988 Suicide and Crisis Lifeline, at any hour. In other countries, the ',
          },
          { type: 'link', url: findAHelplineUrl, children: [{ type: 'text', value: 'Find a Helpline directory' }] },
          { type: 'text', value: ' lists free and confidential lines.' },
        ],
      },
    ],
  };
}

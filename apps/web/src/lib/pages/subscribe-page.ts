import { absoluteUrl } from '@kap/content';
import type { Content } from '@kap/content-compiler/types';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { type Feed, siteFeedList, topicFeedList } from '../feeds.js';
import { homeCrumb, renderPage } from '../layout.js';
import { webPaths } from '../web-paths.js';

/** The id of a topic's feeds on the subscribe page, which the topic's page links to. */
export function topicFeedsId(slug: string): string {
  return `feeds-topic-${slug}`;
}

/**
 * The HTML of the subscribe page: what a feed is, how to follow one in a feed reader, and
 * the address to copy of every feed (the whole site's, then each topic's), in the three
 * formats, each written out in full so it can be read, copied or printed.
 */
export function subscribePage(content: Content): string {
  const { site } = content;
  const feedGroup = (id: string, heading: string, lead: string, feeds: readonly Feed[]): Element =>
    h('section.feed-group', { ariaLabelledBy: id }, [
      h('h3', { id }, heading),
      h('p', lead),
      h(
        'dl.feed-addresses',
        feeds.map((feed) => h('div', [h('dt', feed.format), h('dd', [h('a.url', { href: feed.href }, absoluteUrl(site, feed.href))])])),
      ),
    ]);

  return renderPage(content, {
    path: webPaths.subscribe,
    title: 'Subscribe to new articles',
    description: `How to get new articles from ${site.title} in a feed reader app, and the addresses to copy.`,
    breadcrumbs: [homeCrumb],
    main: [
      h('div.intro', [
        h('h1', 'Subscribe to new articles'),
        h('p.summary', 'Get each new article as it is published, in a feed reader app. You do not need an account or an email address.'),
      ]),
      h('section', { ariaLabelledBy: 'what-a-feed-is' }, [
        h('h2#what-a-feed-is', 'What a feed is'),
        h(
          'p',
          'A feed is a list of the newest articles of a site, kept at one web address and updated each time an article is published. You do not read the feed itself: a feed reader app checks it for you and shows you each new article when it appears.',
        ),
        h(
          'p',
          'If you open a feed in a web browser, you see code, not articles. That is normal: the feed is written for the app, not for people.',
        ),
      ]),
      h('section', { ariaLabelledBy: 'how-to-subscribe' }, [
        h('h2#how-to-subscribe', 'How to subscribe'),
        h('ol.steps', [
          h(
            'li',
            'Get a feed reader app, if you do not have one. There are free ones for phones and computers: search your app store for "feed reader" or "RSS reader".',
          ),
          h('li', 'Copy one of the addresses below. To get every new article, copy the first one, the RSS address of all articles.'),
          h('li', 'In the app, choose to add a feed or a subscription, and paste the address.'),
          h('li', 'New articles now appear in the app. To stop, remove the feed in the app. Nothing else is needed.'),
        ]),
        h(
          'p',
          'Many apps also find the feeds by themselves when you give them the address of any page of this site, such as the home page.',
        ),
      ]),
      h('section', { ariaLabelledBy: 'feed-addresses' }, [
        h('h2#feed-addresses', 'Addresses to copy'),
        h(
          'p',
          'Each feed comes in three formats that hold the same articles. If you are not sure which one to use, use RSS: every feed reader reads it.',
        ),
        feedGroup('feeds-all-articles', 'All articles', `Every new article on ${site.title}.`, siteFeedList()),
        ...content.topics.map((topic) =>
          feedGroup(topicFeedsId(topic.slug), topic.title, `New articles on ${topic.title} only.`, topicFeedList(topic)),
        ),
      ]),
    ],
  });
}

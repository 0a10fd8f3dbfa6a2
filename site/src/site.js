// The site: the content package's data published to three channels. The publisher reads
// this module (and each of its worker threads does) for the channels it builds.
import { feedChannel } from '@kap/feed';
import { textChannel } from '@kap/text';
import { webChannel } from '@kap/web';

/** @type {import('@kap/publish').SiteConfig} */
export default { channels: [webChannel, feedChannel, textChannel] };

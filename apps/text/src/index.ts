export type { SiteFile } from '@kap/site-files';
export { type BuildTextOptions, buildArticleText, buildText } from './build-text.js';
export {
  bracketSymbols,
  type LintSpeechOptions,
  lintSpeech,
  type SpeechFinding,
  type SpeechFindingKind,
  type VoicedSymbol,
  voicedSymbols,
} from './lint-speech.js';
export { textChannel } from './text-channel.js';

/** One address for the closing list: the words of the link and where it goes. */
export interface TextLink {
  /** The link's words as spoken, starting with a capital. */
  label: string;
  /** The absolute address, without a `#fragment` or tracking parameters. */
  url: string;
}

/**
 * What several {@link toText} calls share when they make one file: the links gathered for
 * the closing list, the abbreviations already spelled out, and the hotline numbers whose
 * digits have been spoken.
 */
export interface TextState {
  links: TextLink[];
  expanded: Set<string>;
  spelled: Set<string>;
}

/** A fresh, empty {@link TextState}. */
export function createTextState(): TextState {
  return { links: [], expanded: new Set(), spelled: new Set() };
}

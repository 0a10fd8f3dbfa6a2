// html-validate settings for the built pages (the browser tests run it on every page).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The title is the article's own title, whole, then the site's name, so it names the
    // page the way its h1 does (WCAG 2.4.2). The rule's 70-character limit is a guess at
    // what search results show, not a validity or accessibility rule, and cutting the
    // editors' titles to fit it would make them less clear.
    'long-title': 'off',
    // Heading ids come from the heading's words as GitHub makes them, accents and all
    // ("a-section-à"): HTML allows any id without spaces, and links to them work in every
    // browser. The strict form (ASCII letters only) is a CSS-selector convenience.
    'valid-id': ['error', { relaxed: true }],
  },
};

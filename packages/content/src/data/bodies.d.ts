// The shape of dist/data/bodies.js: one loader per published article's body.
import type { ArticleBody, ArticleSlug } from '../types.js';

export declare const bodies: Readonly<Record<ArticleSlug, () => Promise<{ default: ArticleBody }>>>;

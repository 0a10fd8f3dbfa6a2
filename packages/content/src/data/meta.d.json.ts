// The shape of dist/data/meta.json, which @kap/content-compiler writes from the content:
// everything the runtime hands out but the bodies.
import type { Content } from '../types.js';

declare const meta: Omit<Content, 'getBody'>;
export = meta;

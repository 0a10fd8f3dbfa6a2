import { z } from 'zod';
import { frontmatterSchema, glossarySchema, siteSchema, topicsSchema } from './lib/schema.js';

/**
 * JSON Schemas of what authors write, made from the same zod schemas the compiler checks
 * with, so that an editor can check and complete frontmatter and settings as they type.
 * Draft 7, which the YAML and remark editor extensions both read. Keyed by file name: `article.schema.json` is for each article's frontmatter.
 */
export function jsonSchemas(): Record<string, object> {
  const schema = (value: z.ZodType, title: string) => ({
    ...z.toJSONSchema(value, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
    title,
  });
  return {
    'article.schema.json': schema(frontmatterSchema, 'Frontmatter of an article in content/articles'),
    'site.schema.json': schema(siteSchema, 'content/site.yaml'),
    'topics.schema.json': schema(topicsSchema, 'content/topics.yaml'),
    'glossary.schema.json': schema(glossarySchema, 'content/glossary.yaml'),
  };
}

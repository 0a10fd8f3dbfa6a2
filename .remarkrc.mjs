// Checks each article's frontmatter against the JSON Schema generated from the content
// compiler's zod schema, as the author types: the unified "remark" editor extension
// (unifiedjs.vscode-remark) and the remark CLI both read this file.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, { schemas: { './packages/content-compiler/schemas/article.schema.json': ['./content/articles/*.md'] } }],
  ],
};

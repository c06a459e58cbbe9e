// Build-time minifier for the CSS in styled-components tagged templates, as an esbuild plugin (used by tsup.config.ts).
//
// Bundlers and minifiers leave template literals alone, so every newline, indent and comment written in
//   styled.div`...`, styled(X)`...`, styled.div.attrs(...)`...`, css`...`, keyframes`...`, createGlobalStyle`...`
// ships to the browser and is parsed again by stylis at runtime. This rewrites the static parts of those templates
// only (never a `${...}` expression, never a template whose tag isn't from 'styled-components'):
//   - strips /* comments */,
//   - collapses each run of whitespace to one space, and drops it next to `{`, `}`, `;`, `,`, after `:`, and at
//     both ends of the template,
//   - keeps quoted strings ('...' and "...", even across an expression) and escapes (\x) verbatim.
// Anything it is unsure of (a comment that spans an expression, a string that is never closed, `//`) leaves that template
// exactly as written. Removed line breaks are put back as JS whitespace (right after the next `${` or after the
// closing backtick), so the code after a template keeps its line numbers for source maps.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const STYLED_MODULE = 'styled-components';
/** Named exports of styled-components whose tagged templates hold CSS. */
const CSS_TAGS = new Set(['styled', 'css', 'keyframes', 'createGlobalStyle']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
/** Characters next to which a space is never significant in CSS (outside strings). */
const TIGHT_BEFORE = new Set(['{', '}', ';', ',']);
const TIGHT_AFTER = new Set(['{', '}', ';', ',', ':']);

/**
 * Minifies the static parts of one template (the raw text between `` ` ``/`}` and `${`/`` ` ``), as a unit: state
 * (inside a string or not) carries over the expressions between them. Returns null when it is unsafe to touch them.
 */
export function minifyCssChunks(chunks: readonly string[]): string[] | null {
  let quote: string | null = null;
  const out: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    const first = i === 0;
    const last = i === chunks.length - 1;
    let result = '';
    // A pending run of whitespace: written as one space unless a neighbour makes it useless.
    let pendingSpace = false;
    const flushSpace = (next: string | undefined) => {
      if (!pendingSpace) return;
      pendingSpace = false;
      const prev = result.at(-1);
      if (prev === undefined) {
        // At the start of a chunk: after `${expr}` the space may matter (`${a} ${b}`), at the template start it doesn't.
        if (first) return;
      } else if (TIGHT_AFTER.has(prev)) return;
      if (next !== undefined && TIGHT_BEFORE.has(next)) return;
      if (next === undefined && last) return; // end of template
      result += ' ';
    };
    let j = 0;
    while (j < chunk.length) {
      const c = chunk[j] as string;
      if (quote) {
        if (c === '\\') {
          result += chunk.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (c === '\n' || c === '\r') return null; // unterminated string: leave the template as written
        if (c === quote) quote = null;
        result += c;
        j++;
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        j++;
        continue;
      }
      // `//` may be a line comment for stylis (or part of an unquoted url()): joining lines could change what it
      // comments out, so such a template is left as written.
      if (c === '/' && chunk[j + 1] === '/') return null;
      if (c === '/' && chunk[j + 1] === '*') {
        const end = chunk.indexOf('*/', j + 2);
        if (end === -1) return null; // the comment spans an expression: leave the template as written
        j = end + 2;
        // A comment separates tokens like whitespace does (`a/**/b` is two tokens).
        pendingSpace = true;
        continue;
      }
      flushSpace(c);
      if (c === '\\') {
        // A CSS escape: the escaped character (even whitespace) is kept, and so is a space after a hex escape.
        result += chunk.slice(j, j + 2);
        j += 2;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      result += c;
      j++;
    }
    flushSpace(undefined);
    out.push(result);
  }
  if (quote) return null;
  return out;
}

type Edit = { start: number; end: number; text: string };

/** Local names bound to styled-components' CSS tags in this file (`import { styled as s } from 'styled-components'`). */
function styledImports(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== STYLED_MODULE) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.add(clause.name.text); // default import (`styled`)
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        const imported = (element.propertyName ?? element.name).text;
        if (CSS_TAGS.has(imported)) names.add(element.name.text);
      }
    }
  }
  return names;
}

/** The identifier a tag starts from: `styled` in `styled.div`, `styled(X).attrs(f)`, `styled.div.withConfig({})`. */
function tagRoot(tag: ts.Expression): ts.Identifier | undefined {
  let node: ts.Expression = tag;
  for (;;) {
    if (ts.isIdentifier(node)) return node;
    if (ts.isPropertyAccessExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node)) node = node.expression;
    else if (ts.isExpressionWithTypeArguments(node)) node = node.expression;
    else if (ts.isParenthesizedExpression(node)) node = node.expression;
    else return undefined;
  }
}

/** The text of `source` with the CSS in its styled-components templates minified (unchanged if there is none). */
export function minifyStyledTemplates(source: string, fileName = 'file.tsx'): string {
  if (!source.includes(STYLED_MODULE)) return source;
  const kind = /\.[cm]?tsx$/.test(fileName) || /\.jsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const tags = styledImports(file);
  if (tags.size === 0) return source;
  const edits: Edit[] = [];

  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      const root = tagRoot(node.tag);
      if (root && tags.has(root.text)) addTemplateEdits(node.template, source, edits);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return source;
  edits.sort((a, b) => b.start - a.start);
  let text = source;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

function addTemplateEdits(template: ts.TemplateLiteral, source: string, edits: Edit[]): void {
  // [start, end) of the raw text of each static part.
  const spans: Array<[number, number]> = [];
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    spans.push([template.getStart() + 1, template.end - 1]);
  } else {
    spans.push([template.head.getStart() + 1, template.head.end - 2]);
    for (const span of template.templateSpans) {
      const literal = span.literal;
      spans.push([literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
    }
  }
  const raw = spans.map(([start, end]) => source.slice(start, end));
  const minified = minifyCssChunks(raw);
  if (!minified) return;
  spans.forEach(([start, end], i) => {
    const before = raw[i] ?? '';
    const after = minified[i] ?? '';
    if (before === after) return;
    // Line breaks removed from this part go back as JS whitespace: after the `${` that follows it, or after the
    // closing backtick for the last part.
    const lines = (before.match(/\n/g)?.length ?? 0) - (after.match(/\n/g)?.length ?? 0);
    const breaks = '\n'.repeat(Math.max(0, lines));
    const isLast = i === spans.length - 1;
    const suffixLength = isLast ? 1 : 2; // `` ` `` or `${`
    edits.push({ start, end: end + suffixLength, text: after + source.slice(end, end + suffixLength) + breaks });
  });
}

/** esbuild plugin: minifies styled-components CSS in the .ts/.tsx/.js/.jsx files it loads outside node_modules. */
export function minifyStyledCss(): Plugin {
  return {
    name: 'minify-styled-css',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.namespace !== 'file' || /[\\/]node_modules[\\/]/.test(args.path) || args.path.endsWith('.d.ts')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(STYLED_MODULE)) return undefined;
        const ext = args.path.slice(args.path.lastIndexOf('.') + 1);
        const loader = ext.endsWith('tsx') ? 'tsx' : ext.endsWith('jsx') ? 'jsx' : ext.endsWith('ts') ? 'ts' : 'js';
        return { contents: minifyStyledTemplates(source, args.path), loader };
      });
    },
  };
}

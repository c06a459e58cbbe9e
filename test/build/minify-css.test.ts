// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compile, serialize, stringify } from 'stylis';
import { describe, expect, it } from 'vitest';
import { minifyCssChunks, minifyStyledCss, minifyStyledTemplates } from '../../scripts/minify-css-plugin';

const header = "import { css, keyframes, styled } from 'styled-components';\n";

/** What stylis (styled-components' CSS compiler) makes of a rule body: the CSS the browser gets. */
const compiled = (body: string) => serialize(compile(`.x{${body}}`), stringify);

describe('minifyStyledTemplates', () => {
  it('collapses whitespace and strips comments in styled.x templates', () => {
    const source = `${header}export const Box = styled.div\`
  /* the box */
  display: flex;
  gap: 4px;

  &:hover {
    color: red;
  }
\`;
`;
    expect(minifyStyledTemplates(source, 'Box.tsx')).toContain('styled.div`display:flex;gap:4px;&:hover{color:red;}`');
  });

  it('handles styled(X), .attrs(...), css and keyframes tags, with type arguments', () => {
    const source = `${header}const Base = styled.span<{ $on: boolean }>\`
  color: blue;
\`;
const Wrapped = styled(Base).attrs({ role: 'note' })\`
  margin: 0 auto;
\`;
const mixin = css\`
  padding: 1px  2px;
\`;
const spin = keyframes\`
  from { opacity: 0; }
  to { opacity: 1; }
\`;
`;
    const out = minifyStyledTemplates(source, 'Tags.tsx');
    expect(out).toContain('styled.span<{ $on: boolean }>`color:blue;`');
    expect(out).toContain("styled(Base).attrs({ role: 'note' })`margin:0 auto;`");
    expect(out).toContain('css`padding:1px 2px;`');
    expect(out).toContain('keyframes`from{opacity:0;}to{opacity:1;}`');
  });

  it('never touches ${...} expressions, and keeps the spaces that separate them', () => {
    const source = `${header}const A = styled.div<{ $x: string }>\`
  padding: \${(p) => p.theme.space[1]} \${(p) => p.theme.space[2]};
  border: 1px solid \${(p) => (p.$x ? 'a  b' : \`  c  \`)};
  \${Other}:hover & {
    color: red;
  }
\`;
`;
    // The line breaks taken out of the CSS go right after the next `\${` (JS whitespace there).
    const out = minifyStyledTemplates(source, 'Expr.tsx').replace(/\$\{\n+/g, '${');
    expect(out).toContain("padding:${(p) => p.theme.space[1]} ${(p) => p.theme.space[2]};");
    expect(out).toContain("border:1px solid ${(p) => (p.$x ? 'a  b' : `  c  `)};");
    expect(out).toContain('${Other}:hover &{color:red;}`');
  });

  it('keeps quoted strings, escapes and significant spaces in selectors and values', () => {
    const source = `${header}const A = styled.q\`
  content: '  a   /* not a comment */  ';
  quotes: "\\\\201C" "  ";
  & :focus-visible { outline: 2px solid; }
  width: calc(100%  -  2px);
  @media (max-width: 600px)  and (hover: none) { display: none; }
\`;
`;
    const out = minifyStyledTemplates(source, 'Strings.tsx');
    expect(out).toContain("content:'  a   /* not a comment */  ';");
    expect(out).toContain('quotes:"\\\\201C" "  ";');
    expect(out).toContain('& :focus-visible{outline:2px solid;}');
    expect(out).toContain('width:calc(100% - 2px);');
    expect(out).toContain('@media (max-width:600px) and (hover:none){display:none;}');
  });

  it('leaves a template as written when unsure (comment around an expression, `//`, a string never closed)', () => {
    const risky = [
      'styled.div`\n  /* ${x} */\n  color: red;\n`',
      'styled.div`\n  background: url(http://example.com/a.png);\n  color: red;\n`',
      "styled.div`\n  content: 'a\n  color: red;\n`",
    ];
    for (const template of risky) {
      const source = `${header}const x = 1;\nexport const A = ${template};\n`;
      expect(minifyStyledTemplates(source, 'Risky.tsx')).toBe(source);
    }
  });

  it('ignores templates whose tag is not from styled-components, and files that do not import it', () => {
    const source = `${header}const html = (s: TemplateStringsArray) => s.join('');
const a = html\`
  <p>  keep  </p>
\`;
const b = \`
  color: red;
\`;
const other = { div: html };
const c = other.div\`
  color: red;
\`;
`;
    expect(minifyStyledTemplates(source, 'Other.tsx')).toBe(source);
    const noImport = 'const styled = { div: (s: TemplateStringsArray) => s };\nconst a = styled.div`\n  color: red;\n`;\n';
    expect(minifyStyledTemplates(noImport, 'NoImport.ts')).toBe(noImport);
  });

  it('follows renamed imports', () => {
    const source = "import { styled as s, css as c } from 'styled-components';\nconst A = s.div`\n  color: red;\n`;\nconst m = c`\n  color: blue;\n`;\n";
    const out = minifyStyledTemplates(source, 'Renamed.ts');
    expect(out).toContain('s.div`color:red;`');
    expect(out).toContain('c`color:blue;`');
  });

  it('keeps the line of the code after a template (line breaks move out of the CSS)', () => {
    const source = `${header}const A = styled.div\`
  color: \${(p) => p.color};
  margin: 0;
\`;
export const marker = 1;
`;
    const out = minifyStyledTemplates(source, 'Lines.tsx');
    const line = (text: string) => text.split('\n').findIndex((l) => l.includes('export const marker'));
    expect(line(out)).toBe(line(source));
    expect(out).toContain('styled.div`color:${');
  });
});

describe('minifyCssChunks: the CSS stylis compiles is the same', () => {
  const bodies = [
    '\n  display: grid;\n  grid-template-columns: repeat(2, minmax(0, 1fr));\n  /* c */\n  & > li + li { border-top: 1px solid rgba(0, 0, 0, 0.1); }\n',
    '\n  &:not(:last-child)::after {\n    content: " · ";\n  }\n  @supports (display: grid) {\n    & { display: grid !important; }\n  }\n',
    '\n  transition: color 120ms ease-in-out, background-color 120ms ease-in-out;\n  font: 400 14px / 20px system-ui, sans-serif;\n',
    '\n  @media (prefers-reduced-motion: reduce) {\n    animation: none;\n  }\n  a[href^="http"]  span { color: red; }\n',
  ];
  it.each(bodies)('%#', (body) => {
    const [minified] = minifyCssChunks([body]) ?? [];
    expect(minified).toBeDefined();
    expect(minified!.length).toBeLessThan(body.length);
    // stylis keeps some of the author's spaces (after `:` and `,`): compare it whitespace-insensitively there.
    const normal = (css: string) => css.replace(/\s*([,:])\s*/g, '$1');
    expect(normal(compiled(minified!))).toBe(normal(compiled(body)));
  });
});

describe('minifyStyledCss (esbuild plugin)', () => {
  it('minifies the CSS of the source files esbuild loads from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minify-css-'));
    try {
      const file = join(dir, 'A.tsx');
      await writeFile(
        file,
        `${header}export const A = styled.div\`
  color: red;
  /* gone */
  margin: 0  auto;
\`;
`,
      );
      const result = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        format: 'esm',
        external: ['styled-components'],
        logLevel: 'silent',
        plugins: [minifyStyledCss()],
      });
      const text = result.outputFiles[0]!.text;
      expect(text).toContain('styled.div`color:red;margin:0 auto;`');
      expect(text).not.toContain('gone');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

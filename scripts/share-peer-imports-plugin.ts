// esbuild plugin for the code-split ESM build (tsup.config.ts): every module imports its peers (react,
// styled-components, …) through one shared module per peer, `export { useState, … } from 'react'`, instead of
// straight from the peer.
//
// Why: dist/ keeps one output module per source module so that an app bundles only the components it imports. An
// app's bundler scope-hoists our modules into one, but esbuild (which size-limit and most measurements use, with the
// peers external) keeps one `import { … } from "react"` statement per module that imports the peer: 60 import
// statements, about 2.8 kB minified, for the whole entry. With one shared module per peer there is one statement
// per peer. Node's ESM loader and every bundler follow `export { … } from` re-exports, so nothing else changes.
//
// Only named value imports can be shared (a namespace import, `import * as v`, is left external as it is). The
// names come from scanning the sources' import declarations; a name the scan misses fails the build loudly
// ("No matching export"), never silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'shared-peer';
/** Names the automatic JSX transform imports from react/jsx-runtime. */
const JSX_RUNTIME_NAMES = ['jsx', 'jsxs', 'Fragment'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.[cm]?tsx?$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * The value names imported from each peer across `srcDir` (`import { a, b as c, type T } from 'peer'` gives a, b),
 * or null for a peer that is also imported some other way (default or namespace import, `export … from`): that
 * peer is not shared.
 */
export function scanPeerImports(sources: readonly string[], peers: readonly string[]): Map<string, Set<string> | null> {
  const result = new Map<string, Set<string> | null>(peers.map((p) => [p, new Set<string>()]));
  const peerRe = peers.map(escape).join('|');
  const statement = new RegExp(`\\b(import|export)\\s+([^;'"]*?)\\s*from\\s*['"](${peerRe})['"]`, 'g');
  for (const source of sources) {
    for (const match of source.matchAll(statement)) {
      const [, keyword, clause = '', peer = ''] = match;
      if (/^type\b/.test(clause)) continue; // import type { … }: erased
      const names = result.get(peer);
      if (names === null || names === undefined) continue;
      const braces = /^\{([^}]*)\}$/.exec(clause.trim());
      if (keyword === 'export' || !braces) {
        result.set(peer, null); // default/namespace import or re-export: leave this peer alone
        continue;
      }
      for (const raw of (braces[1] ?? '').split(',')) {
        const specifier = raw.trim();
        if (!specifier || /^type\s/.test(specifier)) continue;
        const imported = specifier.split(/\s+as\s+/)[0]?.trim();
        if (imported) names.add(imported);
      }
    }
  }
  return result;
}

export function sharePeerImports({ peers, srcDir }: { peers: readonly string[]; srcDir: string }): Plugin {
  return {
    name: 'share-peer-imports',
    setup(build) {
      const scanned = scanPeerImports(
        sourceFiles(srcDir).map((f) => readFileSync(f, 'utf8')),
        peers,
      );
      const shared = new Map<string, string[]>();
      for (const [peer, names] of scanned) {
        if (!names) continue;
        const all = peer === 'react/jsx-runtime' ? new Set([...names, ...JSX_RUNTIME_NAMES]) : names;
        if (all.size > 0) shared.set(peer, [...all].sort());
      }
      const filter = new RegExp(`^(${peers.map(escape).join('|')})$`);
      build.onResolve({ filter }, (args) => {
        if (args.namespace === NAMESPACE || !shared.has(args.path)) return { path: args.path, external: true };
        return { path: args.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `export { ${(shared.get(args.path) ?? []).join(', ')} } from ${JSON.stringify(args.path)};\n`,
        loader: 'js',
        resolveDir: srcDir,
      }));
    },
  };
}

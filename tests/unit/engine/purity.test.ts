// The engine runs unchanged in the browser, in Node and in tests, so it may depend only on itself,
// its phrase data and compromise. biome.json enforces the same rules while editing; this test
// backs it up by reading every file, so a rule left out of the lint config cannot let one through.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const pureDirs = ['src/engine', 'src/lexicon'].map((dir) => join(root, dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Static imports and re-exports, with whether they are type-only; side-effect imports; dynamic ones.
const STATIC = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]?([^'")]*)/g;

/** Why an import of `specifier` from `file` breaks the engine's purity, or null if it is fine. */
function violation(file: string, specifier: string, typeOnly: boolean): string | null {
  if (typeOnly) return null;
  if (specifier === 'compromise' || specifier.startsWith('compromise/')) return null;
  if (!specifier.startsWith('.')) return `imports the package "${specifier}"`;
  const target = resolve(dirname(file), specifier);
  if (pureDirs.some((dir) => target.startsWith(`${dir}/`))) return null;
  return `imports ${relative(root, target)}, outside the engine and its lexicon`;
}

describe('the engine is pure', () => {
  const files = pureDirs.flatMap(sourceFiles);

  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s imports only the engine, lexicon and compromise',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      const found: string[] = [];
      for (const match of source.matchAll(STATIC)) {
        const problem = violation(file, match[2] ?? '', Boolean(match[1]));
        if (problem) found.push(problem);
      }
      for (const match of source.matchAll(DYNAMIC)) found.push(`loads "${match[1]}" at run time`);
      expect(found).toEqual([]);
    },
  );

  it('is type-checked without the DOM or Node types', () => {
    const config = JSON.parse(readFileSync(join(root, 'src/engine/tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib.some((lib: string) => /dom/i.test(lib))).toBe(false);
  });
});

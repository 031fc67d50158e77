#!/usr/bin/env node
// The package ships its TypeScript source: tsx compiles each module in memory as it loads, so
// `npx even-keel` runs the same code as `npm run cli`, with no build step. The source needs no
// tsconfig, and the caller's own (wherever npx runs) must not change how it compiles.
import { tsImport } from 'tsx/esm/api';

await tsImport('./main.ts', { parentURL: import.meta.url, tsconfig: false });

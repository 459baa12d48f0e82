// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'client/dist', 'data', 'client/src/generated', 'bench-results'] },
  { ignores: ['server/graphql/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Layers depend one way: engine <- store <- graphql <- app, with formats beside them (over the
  // store, under graphql); docs/architecture.md. A layer imports those below it, never above.
  ...layerRules([
    {
      layer: 'server/engine',
      above: ['store', 'formats', 'auth', 'http', 'graphql', 'cli', 'app.ts', 'main.ts'],
    },
    { layer: 'server/store', above: ['formats', 'auth', 'http', 'graphql', 'cli', 'app.ts', 'main.ts'] },
    { layer: 'server/formats', above: ['auth', 'http', 'graphql', 'cli', 'app.ts', 'main.ts'] },
    { layer: 'server/auth', above: ['http', 'graphql', 'cli', 'app.ts', 'main.ts'] },
    { layer: 'server/graphql', above: ['cli', 'app.ts', 'main.ts'] },
  ]),
  {
    // Rules that need the types, only for the files of the TypeScript project (tsconfig.json): a
    // promise nobody awaits loses its error, and a promise handed where a void callback is
    // expected (an event handler, forEach) runs unobserved.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The hook rules with the React Compiler's checks (state set in effects, refs read while
    // rendering, impure renders); exhaustive-deps is an error, because a stale closure in an
    // effect is a bug that shows only later, on someone else's graph.
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

/**
 * One `no-restricted-imports` block per layer of server/, refusing imports of the folders and files
 * above it (matched on the import's path, relative or not).
 * @param {{ layer: string; above: string[] }[]} layers
 */
function layerRules(layers) {
  return layers.map(({ layer, above }) => ({
    files: [`${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: above.map((name) => (name.endsWith('.ts') ? `**/${name}` : `**/${name}/**`)),
              message: `${layer} must not import a layer above it (engine <- store <- formats <- auth <- http, graphql <- app; docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  }));
}

// Stands in for the `server-only` package under Vitest: its real entry throws when imported outside
// a React Server Components bundle, and tests import lib/ modules directly.
export {};

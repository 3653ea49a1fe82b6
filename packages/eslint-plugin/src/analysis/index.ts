/** Shared React analysis: components, render scope, stable values, memoization, the compiler. */
export * from './components.js';
export * from './values.js';
export * from './memo.js';
export * from './compiler.js';
export * from './dependencies.js';
export * from './conditions.js';

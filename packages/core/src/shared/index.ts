export * from './hash.js';
export * from './ids.js';
export * from './lang.js';
export * from './list.js';
export * from './safe-map.js';
export * from './span.js';

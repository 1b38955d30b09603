export * from './base.js';
export * from './method.js';
export * from './session.js';
export * from './store.js';

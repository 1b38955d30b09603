import { createMemoryStore } from '../src/index.js';
import { runStoreConformance } from '../src/testing/index.js';

runStoreConformance('memory', async () => {
  const store = createMemoryStore();
  return { store, other: store };
});

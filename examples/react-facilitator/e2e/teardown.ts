import { rm } from 'node:fs/promises';

/** Removes the run's temporary data folder (chosen in playwright.config.ts), once every test is done. */
export default async function teardown(): Promise<void> {
  const dir = process.env.IV_E2E_DATA_DIR;
  if (dir?.includes('iv-e2e-')) await rm(dir, { recursive: true, force: true });
}

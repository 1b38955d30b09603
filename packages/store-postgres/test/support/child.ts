// A child process for the crash and concurrency tests: `crash <schema>` or `contend <schema> <writer> <count>`.
import { processCheckChild } from '@intervision/core/testing';
import { createPostgresStore } from '../../src/index.js';

const [mode = '', schema = '', writer = 'w', count = '0'] = process.argv.slice(2);
await processCheckChild(createPostgresStore({ connectionString: process.env.DATABASE_URL ?? '', schema }), mode, writer, Number(count));

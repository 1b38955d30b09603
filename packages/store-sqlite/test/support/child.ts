// A child process for the crash and concurrency tests: `crash <file>` or `contend <file> <writer> <count>`.
import { processCheckChild } from '@intervision/core/testing';
import { createSqliteStore } from '../../src/index.js';

const [mode = '', filename = '', writer = 'w', count = '0'] = process.argv.slice(2);
const synchronous = process.env.SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL';
await processCheckChild(createSqliteStore({ filename, synchronous }), mode, writer, Number(count));

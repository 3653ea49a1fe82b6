#!/usr/bin/env node
import { main } from './main.js';
import { processContext } from './context.js';

process.exitCode = await main(process.argv.slice(2), processContext());

#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (npm install runs the build).
import { main } from '../dist/pipeline/cli.js';

process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// Joins standard input and output to a TCP port on this machine: lets a test start "a server process" whose
// other end is a server the test runs in its own JVM (Pi's MCP server).
'use strict';
const socket = require('net').connect(Number(process.argv[2]), '127.0.0.1');
process.stdin.pipe(socket);
socket.pipe(process.stdout);
socket.on('close', () => process.exit(0));
socket.on('error', error => { process.stderr.write('tcp-bridge: ' + error.message + '\n'); process.exit(1); });

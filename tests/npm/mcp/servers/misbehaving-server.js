#!/usr/bin/env node
// A small MCP server over stdio (newline-delimited JSON-RPC, no dependencies) whose tools misbehave on purpose,
// for the client's tests: crash mid-call, hang, send malformed JSON-RPC, return 10 MB.
'use strict';
const readline = require('readline');

const tools = [
  { name: 'echo', description: 'Returns its text', inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } },
  { name: 'crash', description: 'Exits in the middle of the call', inputSchema: { type: 'object', properties: {} } },
  { name: 'hang', description: 'Never answers', inputSchema: { type: 'object', properties: {} } },
  { name: 'garble', description: 'Sends a line that is not JSON-RPC, then its answer', inputSchema: { type: 'object', properties: {} } },
  { name: 'big', description: 'Returns the given number of megabytes of text', inputSchema: { type: 'object', properties: { megabytes: { type: 'number' } } } },
];

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

function answer(id, result) {
  send({ jsonrpc: '2.0', id, result });
}

function text(value) {
  return { content: [{ type: 'text', text: value }] };
}

const started = Date.now();
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', line => {
  if (!line.trim()) return;
  const request = JSON.parse(line);
  const { id, method, params } = request;
  if (method === 'initialize') {
    answer(id, { protocolVersion: params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'misbehaving', version: '1.0.0' } });
  } else if (method === 'tools/list') {
    answer(id, { tools });
  } else if (method === 'ping') {
    answer(id, {});
  } else if (method === 'tools/call') {
    call(id, params.name, params.arguments || {});
  } else if (id !== undefined) {
    send({ jsonrpc: '2.0', id, error: { code: -32601, message: 'no method ' + method } });
  }
});

function call(id, name, args) {
  switch (name) {
    case 'echo':
      return answer(id, text('echo: ' + args.text + ' (server up ' + (Date.now() - started) + ' ms)'));
    case 'crash':
      process.stderr.write('misbehaving: crashing on purpose in the middle of a call\n');
      return setTimeout(() => process.exit(3), 50);
    case 'hang':
      process.stderr.write('misbehaving: not answering\n');
      return;
    case 'garble':
      process.stdout.write('{"jsonrpc": "2.0", "id": ' + id + ', "result": {this is not json\n');
      return setTimeout(() => answer(id, text('answered after a malformed line')), 50);
    case 'big': {
      const megabytes = args.megabytes || 10;
      return answer(id, text('x'.repeat(Math.round(megabytes * 1024 * 1024))));
    }
    default:
      send({ jsonrpc: '2.0', id, error: { code: -32602, message: 'no tool ' + name } });
  }
}

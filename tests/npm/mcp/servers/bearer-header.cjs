// Preloaded (NODE_OPTIONS=--require) into the MCP inspector's command line, whose version 0.15.0 has no option
// for request headers: every fetch then carries "Authorization: Bearer $PI_MCP_TOKEN", as another agent's client
// configured with Pi's .mcp.json snippet would send it.
const token = process.env.PI_MCP_TOKEN;
const original = globalThis.fetch;
globalThis.fetch = (input, init = {}) => {
	const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
	headers.set("Authorization", "Bearer " + token);
	return original(input, { ...init, headers });
};

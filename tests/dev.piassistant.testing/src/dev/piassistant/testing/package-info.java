/**
 * Test fixtures that stand in for the outside world. {@link dev.piassistant.testing.ScriptedModelServer}
 * impersonates OpenAI-compatible, Anthropic and Ollama servers over real HTTP, so tests drive the product's
 * own provider clients instead of mocks of them.
 */
package dev.piassistant.testing;

/**
 * The model boundary: which providers are configured, how a chat request looks, what a streamed answer
 * reports and how a provider can fail. Implemented by the {@code dev.piassistant.llm} bundle.
 */
package dev.piassistant.core.llm;

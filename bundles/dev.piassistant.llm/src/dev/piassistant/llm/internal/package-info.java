/**
 * Model providers through LangChain4j. Requests go through our own implementation of LangChain4j's
 * HTTP client SPI, over java.net.http: it keeps the response headers that errors need (Retry-After), can
 * close a live stream when the user presses Stop, and notices a stream that has gone silent.
 */
package dev.piassistant.llm.internal;

package dev.piassistant.testing;

/** Reads the request and closes the socket without answering, as a crashing server or proxy does. */
public record DropConnection() implements Reply {
}

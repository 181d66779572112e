/**
 * Pi Assistant's API: identifiers and the values every bundle shares. Plain Java, no Eclipse, SQL or
 * LangChain4j types, so that services, UI and the command line can all depend on it.
 */
package dev.piassistant.core;

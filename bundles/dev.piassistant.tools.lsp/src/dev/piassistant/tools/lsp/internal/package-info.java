/** Language servers (LSP4J) for the workspace's non-Java files, as agent tools: diagnostics, definition, references, symbols. */
@org.eclipse.jdt.annotation.NonNullByDefault
package dev.piassistant.tools.lsp.internal;

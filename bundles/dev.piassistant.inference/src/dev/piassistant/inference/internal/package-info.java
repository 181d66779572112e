/**
 * The inference service: hardware probe, capability matrix, placement, the registry of loaded models with
 * its move, fallback and idle unloading, and the device events and settings it keeps in the workspace.
 */
@NonNullByDefault
package dev.piassistant.inference.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

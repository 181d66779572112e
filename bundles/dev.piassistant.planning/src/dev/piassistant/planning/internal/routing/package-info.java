/** Which model answers which call: routing by complexity, failover, prices. */
@NonNullByDefault
package dev.piassistant.planning.internal.routing;

import org.eclipse.jdt.annotation.NonNullByDefault;

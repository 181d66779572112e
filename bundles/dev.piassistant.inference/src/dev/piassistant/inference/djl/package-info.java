/**
 * The DJL and PyTorch layer the training bundle builds on: starting the engine inside OSGi, offline, and the
 * network blocks both training and inference use. Only the training bundle uses it (x-friends).
 */
@NonNullByDefault
package dev.piassistant.inference.djl;

import org.eclipse.jdt.annotation.NonNullByDefault;

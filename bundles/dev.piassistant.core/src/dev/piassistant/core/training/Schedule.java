package dev.piassistant.core.training;

/** How the learning rate changes over the epochs. */
public enum Schedule {
	/** Rises linearly over the warm-up epochs, then falls along a cosine to a hundredth of its peak. */
	WARMUP_COSINE,
	/** Stays where it starts. */
	CONSTANT
}

package dev.piassistant.core.training;

/** How a dataset is stored. */
public enum DatasetFormat {
	CSV,
	/** A JSON array of objects. */
	JSON,
	/** One JSON object per line. */
	JSON_LINES,
	/** A folder with one sub-folder of text files per label. */
	FOLDER
}

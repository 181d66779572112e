package dev.piassistant.training.internal.data;

import org.eclipse.osgi.util.NLS;

/** The words for dataset problems: shown in the wizard, the dashboard and the agent's tool results. */
final class Messages extends NLS {

	public static String NotFound;
	public static String Empty;
	public static String NotUtf8;
	public static String Malformed;
	public static String UnsupportedFormat;
	public static String MissingLabel_none;
	public static String MissingLabel_absent;
	public static String MixedTypes;
	public static String MissingValues;
	public static String TooSmall_rows;
	public static String TooSmall_class;
	public static String SingleClass;
	public static String LabelNotNumeric;
	public static String NoTextColumn;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

package dev.piassistant.ui.diff.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the inline review. */
public final class Messages extends NLS {

	public static String FileHeader;
	public static String AcceptAll;
	public static String RejectAll;
	public static String Accept;
	public static String Reject;
	public static String Stale;
	public static String Merge;
	public static String AddedLine;
	public static String RemovedOnly;
	public static String MergeTitle;
	public static String MergeCurrent;
	public static String MergeAgent;
	public static String MergeBase;
	public static String CannotOpen;
	public static String CreateFile;
	public static String DeleteFile;
	public static String MoveFile;
	public static String OperationTitle;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

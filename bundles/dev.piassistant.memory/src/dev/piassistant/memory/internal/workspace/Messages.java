package dev.piassistant.memory.internal.workspace;

import org.eclipse.osgi.util.NLS;

/** What the Progress view shows of the memory's jobs. */
final class Messages extends NLS {

	public static String IndexJob_name;
	public static String IndexJob_updating;
	public static String IndexJob_failed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

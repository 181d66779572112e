package dev.piassistant.ui.internal.audit;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Audit Trail view. */
public final class Messages extends NLS {

	public static String AuditView_task;
	public static String AuditView_tool;
	public static String AuditView_decision;
	public static String AuditView_since;
	public static String AuditView_anyDecision;
	public static String AuditView_sinceAny;
	public static String AuditView_sinceHour;
	public static String AuditView_sinceDay;
	public static String AuditView_sinceWeek;
	public static String AuditView_refresh;
	public static String AuditView_export;
	public static String AuditView_loading;
	public static String AuditView_intact;
	public static String AuditView_broken;
	public static String AuditView_unavailable;
	public static String AuditView_exported;
	public static String AuditView_exportFailed;
	public static String AuditView_columnSequence;
	public static String AuditView_columnTime;
	public static String AuditView_columnTask;
	public static String AuditView_columnTool;
	public static String AuditView_columnKind;
	public static String AuditView_columnDecision;
	public static String AuditView_columnDecidedBy;
	public static String AuditView_columnSummary;
	public static String AuditView_reason_ALTERED;
	public static String AuditView_reason_UNLINKED;
	public static String AuditView_reason_TRUNCATED;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

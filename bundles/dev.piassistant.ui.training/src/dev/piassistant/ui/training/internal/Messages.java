package dev.piassistant.ui.training.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Training dashboard. */
public final class Messages extends NLS {

	public static String ViewWaiting;
	public static String ServiceMissing;
	public static String EngineMissing;
	public static String EngineFailed;
	public static String NewRun;
	public static String NewRunTooltip;
	public static String Stop;
	public static String StopTooltip;
	public static String Resume;
	public static String ResumeTooltip;
	public static String Deploy;
	public static String DeployTooltip;
	public static String Refresh;
	public static String Column_Name;
	public static String Column_State;
	public static String Column_Task;
	public static String Column_Epochs;
	public static String Column_Test;
	public static String Column_Rows;
	public static String Column_Device;
	public static String Column_Started;
	public static String Column_Epoch;
	public static String Column_TrainLoss;
	public static String Column_ValidationLoss;
	public static String Column_Metric;
	public static String Column_MacroF1;
	public static String Column_Rate;
	public static String Column_Millis;
	public static String Column_Best;
	public static String State_RUNNING;
	public static String State_COMPLETED;
	public static String State_STOPPED;
	public static String State_FAILED;
	public static String State_INTERRUPTED;
	public static String Task_TEXT_CLASSIFICATION;
	public static String Task_TABULAR_CLASSIFICATION;
	public static String Task_TABULAR_REGRESSION;
	public static String Chart_Loss;
	public static String Chart_TrainLoss;
	public static String Chart_ValidationLoss;
	public static String Chart_Metric;
	public static String Chart_Accuracy;
	public static String Chart_MacroF1;
	public static String Chart_R2;
	public static String Chart_Rate;
	public static String Chart_Epoch;
	public static String Chart_Best;
	public static String Chart_Empty;
	public static String Best;
	public static String Status_None;
	public static String Status_Run;
	public static String Status_StoppedEarly;
	public static String Status_Problem;
	public static String Status_Test;
	public static String DeployTitle;
	public static String DeployMessage;
	public static String DeployInvalid;
	public static String Deployed;
	public static String JobStart;
	public static String JobDeploy;
	public static String JobLoad;
	public static String StartFailed;
	public static String DeployFailed;
	public static String DialogTitle;
	public static String DialogMessage;
	public static String Dataset;
	public static String Browse;
	public static String BrowseFolder;
	public static String RunName;
	public static String Label;
	public static String TextColumn;
	public static String TaskType;
	public static String TaskAuto;
	public static String Preview;
	public static String PreviewFailed;
	public static String NoDataset;
	public static String NoName;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

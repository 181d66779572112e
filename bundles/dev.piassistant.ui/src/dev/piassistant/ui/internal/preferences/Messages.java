package dev.piassistant.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the preference pages. */
public final class Messages extends NLS {

	public static String RootPage_description;
	public static String RootPage_providersLink;
	public static String ProvidersPage_description;
	public static String ProvidersPage_columnName;
	public static String ProvidersPage_columnProtocol;
	public static String ProvidersPage_columnUrl;
	public static String ProvidersPage_columnModel;
	public static String ProvidersPage_columnKey;
	public static String ProvidersPage_keyStored;
	public static String ProvidersPage_add;
	public static String ProvidersPage_edit;
	public static String ProvidersPage_remove;
	public static String ProvidersPage_unavailable;
	public static String ProvidersPage_saveFailed;
	public static String ProviderDialog_titleAdd;
	public static String ProviderDialog_titleEdit;
	public static String ProviderDialog_message;
	public static String ProviderDialog_name;
	public static String ProviderDialog_protocol;
	public static String ProviderDialog_url;
	public static String ProviderDialog_key;
	public static String ProviderDialog_keyHint;
	public static String ProviderDialog_keyKept;
	public static String ProviderDialog_model;
	public static String ProviderDialog_fetch;
	public static String ProviderDialog_fetching;
	public static String ProviderDialog_fetched;
	public static String ProviderDialog_nameMissing;
	public static String ProviderDialog_keyMissing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}

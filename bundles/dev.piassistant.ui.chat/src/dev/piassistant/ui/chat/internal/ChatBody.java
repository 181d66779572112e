package dev.piassistant.ui.chat.internal;

import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;

import dev.piassistant.core.llm.DetectedServer;
import dev.piassistant.core.llm.LocalServerDiscovery;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.chat.internal.cards.CardActions;

/**
 * The middle of the view: the transcript, or while no provider is configured the connect panel, which
 * offers the model servers found on this machine.
 */
final class ChatBody {

	private final Composite body;
	private final Transcript transcript;
	private final ConnectPanel connect;
	private final ProviderSettings settings;

	ChatBody(Composite parent, ProviderSettings settings, LocalServerDiscovery discovery, CardActions actions) {
		this.settings = settings;
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new StackLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		transcript = new Transcript(body, actions);
		connect = new ConnectPanel(body, discovery, this::use, actions::openProviders);
	}

	Transcript transcript() {
		return transcript;
	}

	ConnectPanel connectPanel() {
		return connect;
	}

	boolean showsConnectPanel() {
		return ((StackLayout) body.getLayout()).topControl == connect.control();
	}

	/** Shows the connect panel while there is no provider (looking for servers when it appears), else the chat. */
	void providersChanged() {
		var stack = (StackLayout) body.getLayout();
		var none = settings.providers().isEmpty();
		var wasConnect = showsConnectPanel();
		stack.topControl = none ? connect.control() : transcript.control();
		body.layout(true, true);
		if (none && !wasConnect) {
			connect.detect();
		}
	}

	private void use(DetectedServer server) {
		var provider = server.toProvider(UUID.randomUUID().toString());
		settings.save(provider);
		if (!provider.defaultModel().isEmpty()) {
			settings.setDefaultModel(new ModelRef(provider.id(), provider.defaultModel()));
		}
	}
}

package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.piassistant.core.agent.AgentService;
import dev.piassistant.core.llm.ChatModelService;
import dev.piassistant.core.llm.LocalServerDiscovery;
import dev.piassistant.core.llm.ProviderSettings;
import dev.piassistant.ui.Services;
import dev.piassistant.ui.chat.internal.model.Attachment;

/** The Agent view: Pi Assistant's side-panel chat. */
public final class AgentView extends ViewPart {

	public static final String ID = "dev.piassistant.ui.chat.agentView";
	private static final long SERVICE_WAIT_MILLIS = 15_000;

	private Composite parent;
	private LocalResourceManager resources;
	private ChatPanel panel;
	/** An editor's context asked about before the chat was there (its services were still starting). */
	private Runnable pendingAsk;
	/** A word for the user once the chat is there (the first start's welcome). */
	private String greeting = "";

	@Override
	public void createPartControl(Composite container) {
		parent = container;
		setTitleToolTip(NLS.bind(Messages.ViewTooltip, FirstStart.shortcut(getSite().getWorkbenchWindow())));
		resources = new LocalResourceManager(JFaceResources.getResources(), container);
		GridLayoutFactory.fillDefaults().applyTo(container);
		var services = services();
		if (services.isPresent()) {
			build(services.get());
		} else {
			waitForServices();
		}
	}

	private static Optional<ChatPanel.Services> services() {
		var agent = Services.get(AgentService.class);
		var settings = Services.get(ProviderSettings.class);
		var models = Services.get(ChatModelService.class);
		var discovery = Services.get(LocalServerDiscovery.class);
		if (agent.isEmpty() || settings.isEmpty() || models.isEmpty() || discovery.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ChatPanel.Services(agent.get(), settings.get(), models.get(), discovery.get()));
	}

	/** Services may still be starting when the workbench restores the view; never wait on the UI thread. */
	private void waitForServices() {
		var display = parent.getDisplay();
		var job = Job.create("Starting Pi Assistant", monitor -> {
			var deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
			var found = services();
			while (found.isEmpty() && System.currentTimeMillis() < deadline && !monitor.isCanceled()) {
				pause();
				found = services();
			}
			var result = found;
			display.asyncExec(() -> {
				if (!parent.isDisposed()) {
					result.ifPresentOrElse(this::build, this::showServicesMissing);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void build(ChatPanel.Services services) {
		panel = new ChatPanel(parent, services, image("icons/send.png"), image("icons/stop.png"));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(panel.control());
		contributeActions();
		parent.layout(true, true);
		panel.followEditors(getSite().getPage());
		panel.loadLatest();
		if (pendingAsk != null) {
			pendingAsk.run();
			pendingAsk = null;
		}
		if (!greeting.isEmpty()) {
			panel.welcome(greeting);
		}
	}

	/** A welcome in the status line until the first message is sent (at once, or once the chat is built). */
	void greet(String message) {
		greeting = message;
		if (panel != null) {
			panel.welcome(message);
		}
	}

	/** Puts an editor's file and selection on the composer; Explain sends a question about them at once. */
	void askAbout(List<Attachment> context, boolean explain) {
		pendingAsk = () -> panel.askAbout(context, explain);
		if (panel != null) {
			pendingAsk.run();
			pendingAsk = null;
		}
	}

	/** Fix this problem: sends the problems and their file with a request to fix them. */
	void fix(List<Attachment> context) {
		pendingAsk = () -> panel.fix(context);
		if (panel != null) {
			pendingAsk.run();
			pendingAsk = null;
		}
	}

	private void showServicesMissing() {
		var label = new Label(parent, SWT.WRAP);
		label.setText(Messages.ServicesMissing);
		GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(label);
		parent.layout(true, true);
	}

	private org.eclipse.swt.graphics.Image image(String path) {
		var descriptor = ImageDescriptor.createFromURL(getClass().getResource("/" + path));
		return resources.create(descriptor);
	}

	private void contributeActions() {
		var bars = getViewSite().getActionBars();
		var newChat = new Action(Messages.NewChat, ImageDescriptor.createFromURL(getClass().getResource("/icons/new_chat.png"))) {
			@Override
			public void run() {
				panel.newChat();
			}
		};
		bars.getToolBarManager().add(newChat);
		var history = new MenuManager(Messages.History);
		history.setRemoveAllWhenShown(true);
		history.addMenuListener(this::fillHistory);
		bars.getMenuManager().add(history);
		bars.getMenuManager().add(new Action(McpTexts.AttachResource) {
			@Override
			public void run() {
				panel.mcp().attachResource();
			}
		});
		bars.updateActionBars();
	}

	private void fillHistory(IMenuManager menu) {
		var agent = Services.get(AgentService.class);
		if (agent.isEmpty()) {
			return;
		}
		var sessions = agent.get().sessions();
		RecentChats.actions(sessions, panel.session(), java.time.ZoneId.systemDefault(), panel::load).forEach(menu::add);
		menu.add(new org.eclipse.jface.action.Separator());
		ChatDialogs.actions(getSite().getShell(), panel, sessions).forEach(menu::add);
	}

	/** The chat, once services are available; for tests. */
	Optional<ChatPanel> panel() {
		return Optional.ofNullable(panel);
	}

	@Override
	public void setFocus() {
		if (panel != null) {
			panel.focus();
		} else {
			parent.setFocus();
		}
	}
}

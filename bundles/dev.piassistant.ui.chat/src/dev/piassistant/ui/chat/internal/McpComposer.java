package dev.piassistant.ui.chat.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;

import dev.piassistant.core.mcp.McpException;
import dev.piassistant.core.mcp.McpPrompt;
import dev.piassistant.core.mcp.McpResource;
import dev.piassistant.core.mcp.McpServers;
import dev.piassistant.ui.Services;
import dev.piassistant.ui.chat.internal.model.Attachment;

/**
 * The MCP servers' prompts and resources in the composer: {@code /server:prompt} asks for the prompt's
 * arguments, fetches it in a job and sends its text as the message (as other agents' slash commands do);
 * {@code @server:uri} reads the resource in a job and attaches it as a chip. A server that is down fails
 * with its reason in the status line; nothing the user typed is lost.
 */
final class McpComposer {

	/** Asks for a prompt's arguments; empty when the user cancelled. */
	interface ArgumentsAsker {
		Optional<Map<String, String>> ask(McpPrompt prompt);
	}

	private final Composer composer;
	private final Consumer<String> send;
	private final Consumer<String> tell;
	private final McpCatalog catalog;
	private final SlashPrompts prompts;
	private final ResourceMentions resources;
	private final ContentProposalAdapter promptsAdapter;
	private final ContentProposalAdapter resourcesAdapter;
	private ArgumentsAsker asker;

	private McpComposer(Composer composer, Consumer<String> send, Consumer<String> tell) {
		this.composer = composer;
		this.send = send;
		this.tell = tell;
		var input = composer.input();
		catalog = new McpCatalog(input.getDisplay(), this::listsChanged);
		prompts = new SlashPrompts(catalog);
		resources = new ResourceMentions(catalog);
		promptsAdapter = adapter(input, prompts, '/');
		resourcesAdapter = adapter(input, resources, '@');
		asker = prompt -> {
			var dialog = new McpPromptDialog(input.getShell(), prompt);
			return dialog.open() == Window.OK ? Optional.of(dialog.values()) : Optional.empty();
		};
		composer.whileChoosing(this::choosing);
		catalog.peek();
	}

	/** Offers the prompts and resources in the composer; {@code send} sends a message, {@code tell} says a problem. */
	static McpComposer install(Composer composer, Consumer<String> send, Consumer<String> tell) {
		return new McpComposer(composer, send, tell);
	}

	private ContentProposalAdapter adapter(Text input, IContentProposalProvider provider, char trigger) {
		var adapter = new ContentProposalAdapter(input, new TextContentAdapter(), provider, null, new char[] { trigger });
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
		adapter.setAutoActivationDelay(100);
		adapter.addContentProposalListener(this::accept);
		return adapter;
	}

	SlashPrompts prompts() {
		return prompts;
	}

	ResourceMentions resources() {
		return resources;
	}

	/** Whether MCP proposals show (Enter then chooses one). */
	boolean choosing() {
		return promptsAdapter.isProposalPopupOpen() || resourcesAdapter.isProposalPopupOpen();
	}

	/** Lets tests answer for the arguments dialog. */
	void askArgumentsWith(ArgumentsAsker answering) {
		asker = answering;
	}

	/** The lists arrived: proposals already showing are brought up to date. */
	private void listsChanged() {
		for (var adapter : new ContentProposalAdapter[] { promptsAdapter, resourcesAdapter }) {
			if (adapter.isProposalPopupOpen() && !adapter.getControl().isDisposed()) {
				adapter.refresh();
			}
		}
	}

	/** Attach MCP Resource...: starts an {@code @} mention at the caret and shows the resources. */
	void attachResource() {
		if (catalog.servers().map(List::isEmpty).orElse(false)) {
			tell.accept(McpTexts.Servers_none);
			return;
		}
		var input = composer.input();
		var caret = input.getCaretPosition();
		var text = input.getText();
		var space = caret > 0 && !Character.isWhitespace(text.charAt(caret - 1)) ? " " : "";
		input.insert(space + "@");
		input.setFocus();
		resourcesAdapter.openProposalPopup();
	}

	void accept(IContentProposal proposal) {
		if (!(proposal instanceof McpChoice choice)) {
			return;
		}
		if (choice.target() instanceof McpPrompt prompt) {
			run(prompt);
		} else if (choice.target() instanceof McpResource resource) {
			attach(choice, resource);
		}
	}

	/** Fetches the prompt with its arguments and sends its text, in place of the {@code /command} typed. */
	private void run(McpPrompt prompt) {
		var input = composer.input();
		var typed = input.getText();
		var end = typed.chars().anyMatch(Character::isWhitespace) ? firstSpace(typed) : typed.length();
		input.setText(typed.substring(end).stripLeading());
		var arguments = prompt.arguments().isEmpty() ? Optional.of(Map.<String, String>of()) : asker.ask(prompt);
		if (arguments.isEmpty()) {
			input.setText(typed); // cancelled: the command stays for another try
			return;
		}
		fetch(prompt, arguments.get());
	}

	/**
	 * A message typed as {@code /server:prompt} and its arguments, space-separated (the last takes the rest of the
	 * line), runs the prompt; missing required ones are asked for. False when the text names no prompt known.
	 */
	boolean runTyped(String text) {
		var words = text.strip().split("\\s+", 2);
		var prompt = prompts.prompts().stream().filter(known -> SlashPrompts.command(known).equals(words[0])).findFirst();
		if (prompt.isEmpty()) {
			return false;
		}
		var given = new java.util.LinkedHashMap<String, String>();
		var names = prompt.get().arguments();
		if (words.length > 1 && !names.isEmpty()) {
			var values = words[1].split("\\s+", names.size());
			for (int i = 0; i < values.length; i++) {
				given.put(names.get(i), values[i]);
			}
		}
		var input = composer.input();
		input.setText("");
		var arguments = prompt.get().required().stream().allMatch(given::containsKey) ? Optional.<Map<String, String>>of(given)
				: asker.ask(prompt.get());
		if (arguments.isEmpty()) {
			input.setText(text);
		} else {
			fetch(prompt.get(), arguments.get());
		}
		return true;
	}

	private void fetch(McpPrompt prompt, Map<String, String> arguments) {
		var name = SlashPrompts.command(prompt);
		background(NLS.bind(McpTexts.Prompt_job, name), servers -> servers.getPrompt(prompt.server(), prompt.name(), arguments),
				text -> promptArrived(PromptText.message(text)), problem -> tell.accept(NLS.bind(McpTexts.Prompt_failed, name, problem)));
	}

	private static int firstSpace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return text.length();
	}

	/** The prompt's text goes as the message, or waits in the composer while a task runs. */
	private void promptArrived(String text) {
		var input = composer.input();
		var rest = input.getText().strip();
		var message = rest.isEmpty() ? text : text + "\n\n" + rest;
		input.setText(message);
		input.setSelection(message.length());
		if (composer.isBusy()) {
			tell.accept(McpTexts.Prompt_waits);
		} else {
			send.accept(message);
		}
	}

	/** Writes {@code @server:uri} in place of the mention typed, reads the resource and attaches it. */
	private void attach(McpChoice choice, McpResource resource) {
		var input = composer.input();
		var text = input.getText();
		var caret = input.getCaretPosition();
		var at = ResourceMentions.start(text, caret);
		if (at >= 0) {
			input.setText(text.substring(0, at + 1) + choice.content() + text.substring(caret));
			input.setSelection(at + 1 + choice.content().length());
		}
		background(NLS.bind(McpTexts.Resource_job, resource.uri()), servers -> servers.readResource(resource.server(), resource.uri()),
				content -> composer.chips().add(Attachment.resource(resource.server(), resource.uri(), content)),
				problem -> tell.accept(NLS.bind(McpTexts.Resource_failed, resource.uri(), problem)));
	}

	/** What asks a server: it may start it and wait for its answer, so never on the UI thread. */
	private interface Request {
		String call(McpServers servers) throws McpException;
	}

	/** Does the work and says what follows on the UI thread: the result handed on, or the problem told. */
	private static Runnable outcome(Callable<String> work, Consumer<String> done, Consumer<String> failed) {
		try {
			var value = work.call();
			return () -> done.accept(value);
		} catch (Exception e) {
			var message = McpCatalog.message(e);
			return () -> failed.accept(message);
		}
	}

	private void background(String name, Request request, Consumer<String> done, Consumer<String> failed) {
		var display = composer.input().getDisplay();
		Callable<String> work = () -> request.call(Services.get(McpServers.class).orElseThrow(() -> new McpException(McpTexts.Mcp_missing)));
		var job = Job.create(name, monitor -> {
			var result = outcome(work, done, failed);
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!composer.input().isDisposed()) {
						result.run();
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}
}

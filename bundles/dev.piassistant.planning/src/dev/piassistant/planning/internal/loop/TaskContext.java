package dev.piassistant.planning.internal.loop;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.plan.StepId;

/** One task's identity and everything its parts share while it runs. */
final class TaskContext {

	final LoopServices services;
	final Recorder recorder;
	final SessionId session;
	final TaskId task;
	final MessageId request;
	final TaskSettings settings;
	final CancelToken cancel = new CancelToken();
	final Streams streams = new Streams();
	final Questions questions;
	final LoopHooks hooks = new LoopHooks(this);
	private volatile Consumer<String> progress = message -> {
	};
	private final TaskFacts facts;

	TaskContext(LoopServices services, Recorder recorder, SessionId session, TaskId task, MessageId request,
			TaskSettings settings) {
		this.services = services;
		this.recorder = recorder;
		this.session = session;
		this.task = task;
		this.request = request;
		this.settings = settings;
		this.questions = new Questions(recorder, cancel);
		this.facts = recorder.follow(new TaskFacts(task));
	}

	/** What the log says about the task, kept up to date as events are recorded. */
	TaskFacts facts() {
		return facts;
	}

	ModelTurn.Outcome call(@Nullable StepId step, CallPurpose purpose, ChatRequest chat) throws CancelledException {
		return ModelTurn.run(services, recorder, streams, session, task, request, step, purpose, chat, cancel::isCancelled);
	}

	void checkCancelled() throws CancelledException {
		if (cancel.isCancelled()) {
			throw new CancelledException();
		}
	}

	void progress(String message) {
		progress.accept(message);
	}

	void onProgress(Consumer<String> sink) {
		progress = sink;
	}
}

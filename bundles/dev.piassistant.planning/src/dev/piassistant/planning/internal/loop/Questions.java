package dev.piassistant.planning.internal.loop;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.event.Question;
import dev.piassistant.core.event.QuestionAnswered;

/**
 * The question a task waits on. The task's thread records the question and waits; the answer comes from
 * another thread (a view, the terminal), is recorded there and wakes the task.
 */
final class Questions {

	private record Open(QuestionId id, CompletableFuture<Answer> answer) {
	}

	private final Recorder recorder;
	private final CancelToken cancel;
	private @Nullable Open open;

	Questions(Recorder recorder, CancelToken cancel) {
		this.recorder = recorder;
		this.cancel = cancel;
	}

	/** Asks and waits for the answer; a Stop (or Deny to a pause) is returned like any answer. */
	<Q extends AgentEvent & Question> Answer ask(Q question) throws CancelledException {
		var waiting = new Open(question.question(), new CompletableFuture<>());
		synchronized (this) {
			open = waiting;
		}
		try {
			recorder.record(question);
			return Waiter.await(waiting.answer(), cancel::isCancelled);
		} finally {
			synchronized (this) {
				open = null;
			}
		}
	}

	/**
	 * Records the user's answer and wakes the task.
	 *
	 * @throws IllegalStateException when the task does not wait for that question
	 */
	void answer(QuestionId question, Answer answer, QuestionAnswered event) {
		Open waiting;
		synchronized (this) {
			waiting = open;
			if (waiting == null || !waiting.id().equals(question)) {
				throw new IllegalStateException("The task is not waiting for an answer to question " + question);
			}
			open = null;
		}
		recorder.record(event);
		waiting.answer().complete(answer);
	}
}

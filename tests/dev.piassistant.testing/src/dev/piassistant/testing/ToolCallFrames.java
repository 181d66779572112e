package dev.piassistant.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Lays out the frames of a reply's tool calls: one after the other, or interleaved round by round. */
final class ToolCallFrames {

	private ToolCallFrames() {
	}

	/**
	 * The frames of every call. Each call's frames are its opening frame, one per argument piece, then
	 * {@code trailing} closing frames. The last call gets {@link Frame#CUT} after half of its pieces (right after
	 * its opening frame when it has just one).
	 *
	 * @param interleave whether the calls alternate round by round (when the reply asks for it)
	 * @param perCall    the frames of call number {@code i}
	 */
	static List<Frame> layout(CompletionReply reply, boolean interleave, int trailing,
			BiFunction<Integer, ScriptedToolCall, List<Frame>> perCall) {
		var calls = reply.toolCalls();
		var sequences = new ArrayList<List<Frame>>();
		for (int i = 0; i < calls.size(); i++) {
			var frames = new ArrayList<>(perCall.apply(i, calls.get(i)));
			if (i == calls.size() - 1) {
				int pieces = frames.size() - 1 - trailing;
				frames.add(1 + pieces / 2, Frame.CUT);
			}
			sequences.add(frames);
		}
		return interleave && reply.interleavedCalls() ? roundRobin(sequences) : sequences.stream().flatMap(List::stream).toList();
	}

	private static List<Frame> roundRobin(List<List<Frame>> sequences) {
		var merged = new ArrayList<Frame>();
		int longest = sequences.stream().mapToInt(List::size).max().orElse(0);
		for (int round = 0; round < longest; round++) {
			for (var sequence : sequences) {
				if (round < sequence.size()) {
					merged.add(sequence.get(round));
				}
			}
		}
		return merged;
	}
}

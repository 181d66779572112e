package dev.piassistant.core.agent;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.tool.GrantTarget;

/**
 * The user's answer to a question of the agent. Approvals take {@link Approve} or {@link Deny}; a plan
 * review or a step the user wanted to be asked about takes the same; a paused task takes {@link Proceed}
 * or {@link Stop}, and reads Approve as Proceed and Deny as Stop.
 */
public sealed interface Answer {

	/**
	 * Yes, with the reach of the grant.
	 *
	 * @param minutes how long a {@link GrantScope#TIMED} grant lasts; ignored otherwise
	 * @param target  what the grant allows beyond this call (one of the choices the approval offered); null
	 *                for every call of the same tool
	 */
	record Approve(GrantScope scope, long minutes, @Nullable GrantTarget target) implements Answer {
		public Approve {
			Objects.requireNonNull(scope, "scope");
			if (scope == GrantScope.TIMED && minutes <= 0) {
				throw new IllegalArgumentException("a timed grant needs a positive number of minutes");
			}
		}

		/** Yes, for calls of the same tool as far as the scope reaches. */
		public Approve(GrantScope scope, long minutes) {
			this(scope, minutes, null);
		}

		public static Approve once() {
			return new Approve(GrantScope.ONCE, 0, null);
		}
	}

	/** No; the note, if any, is passed on to the model. */
	record Deny(String note) implements Answer {
		public Deny {
			note = note == null ? "" : note;
		}
	}

	/** Go on; the guidance, if any, is passed on to the model. */
	record Proceed(String guidance) implements Answer {
		public Proceed {
			guidance = guidance == null ? "" : guidance;
		}
	}

	/** End the task here. */
	record Stop() implements Answer {
	}
}

package dev.piassistant.core;

/** One question the agent asked the user (an approval, a plan review, a pause), so the answer can name it. */
public record QuestionId(String value) {

	public QuestionId {
		Ids.require(value, "question id");
	}

	public static QuestionId random() {
		return new QuestionId(Ids.random());
	}

	@Override
	public String toString() {
		return value;
	}
}

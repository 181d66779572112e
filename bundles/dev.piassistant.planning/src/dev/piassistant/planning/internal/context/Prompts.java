package dev.piassistant.planning.internal.context;

import java.nio.file.Path;
import java.util.List;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.Step;
import dev.piassistant.planning.internal.skills.Skill;
import dev.piassistant.planning.internal.skills.SkillTool;
import dev.piassistant.planning.internal.skills.Skills;

/** What the agent tells the model, in one place. Model-facing text, not shown to the user as such. */
public final class Prompts {

	private Prompts() {
	}

	/**
	 * @param memory what the workspace's memory holds about the work (numbered hits with sources); pinned
	 *               project instructions are never part of it, so nothing is said twice
	 */
	public static String system(Path workspace, String projectInstructions, String memory, Plan plan) {
		return system(workspace, projectInstructions, "", memory, plan);
	}

	/** @param skills the skills on offer as {@link #skillsOffer} lists them, or "" when there are none */
	public static String system(Path workspace, String projectInstructions, String skills, String memory, Plan plan) {
		var prompt = new StringBuilder("""
				You are Pi Assistant, a coding agent inside the Eclipse IDE, working in the workspace at %s.
				Answer precisely and concisely. Use Markdown; put code in fenced blocks with the language named.

				How to work:
				- A question you can answer directly (after reading with tools if needed) needs no plan: answer it.
				- A request that needs several steps or changes anything: first call %s with the steps, each with what \
				to do and what should be true afterwards. You will then be given the steps one at a time.
				- Act only through the tools; never claim to have done what no tool did.
				- When a result shows that the plan no longer fits, call %s with your reasoning and the new remaining steps.
				""".formatted(workspace, AgentTools.PROPOSE_PLAN, AgentTools.REVISE_PLAN));
		if (!projectInstructions.isBlank()) {
			prompt.append("\nProject instructions (always follow them):\n").append(projectInstructions.strip()).append('\n');
		}
		if (!skills.isBlank()) {
			prompt.append('\n').append(skills);
		}
		if (!memory.isBlank()) {
			prompt.append("\nFrom the workspace's memory (code, notes, history and earlier tasks that may be relevant; read ")
					.append("more with the tools, and cite a source as path:lines when you rely on it):\n").append(memory.strip())
					.append('\n');
		}
		if (!plan.steps().isEmpty()) {
			prompt.append("\nThe current plan:\n").append(PlanText.of(plan));
		}
		return prompt.toString();
	}

	static String step(Step step) {
		var text = new StringBuilder("Work on step ").append(step.id()).append(": ").append(step.description());
		if (!step.expected().isBlank()) {
			text.append("\nExpected outcome: ").append(step.expected());
		}
		text.append("""

				Use tools as needed. When the step is done, reply with a short summary of what you did and found, \
				without calling a tool. If the step cannot be done as planned, call %s.""".formatted(AgentTools.REVISE_PLAN));
		return text.toString();
	}

	static String diverged(Step step, String evidence) {
		return "\n\n[Pi Assistant] This result does not match what step " + step.id() + " expects"
				+ (step.expected().isBlank() ? "" : " (" + step.expected() + ")") + ": " + evidence
				+ ". Think about why before going on. Retry differently, or call " + AgentTools.REVISE_PLAN
				+ " with your reasoning if the plan must change.";
	}

	static String userGuidance(String guidance) {
		return "The user says: " + guidance;
	}

	static String userRevisedPlan(String reason) {
		return "The user revised the plan" + (reason.isBlank() ? "." : ": " + reason) + " The current plan is in your instructions.";
	}

	/** The skills by name and description only; their instructions come with {@code load_skill}. */
	public static String skillsOffer(List<Skill> skills) {
		var text = new StringBuilder("Skills (instructions for particular kinds of work). When a request matches a skill's ")
				.append("description, call ").append(SkillTool.NAME).append(" with its name first and follow what it says:\n");
		skills.forEach(skill -> text.append("- ").append(skill.name()).append(": ").append(skill.description()).append('\n'));
		return text.toString();
	}

	public static String skillLoaded(Skill skill) {
		var text = new StringBuilder("Skill ").append(skill.name()).append(" (from ").append(skill.folder()).append("):\n\n")
				.append(skill.instructions());
		if (!skill.files().isEmpty()) {
			text.append("\n\nFiles of this skill (read one with ").append(SkillTool.NAME).append(" and its name as file):\n");
			skill.files().forEach(file -> text.append("- ").append(file).append('\n'));
		}
		return text.toString();
	}

	public static String noSkill(String name, Skills skills) {
		var text = new StringBuilder("There is no skill named '").append(name).append("'. The skills are: ")
				.append(skills.isEmpty() ? "none" : String.join(", ", skills.skills().stream().map(Skill::name).toList())).append('.');
		if (!skills.problems().isEmpty()) {
			text.append(" These SKILL.md files could not be read:");
			skills.problems().forEach(problem -> text.append("\n- ").append(problem.describe()));
		}
		return text.toString();
	}

	public static String noSkillFile(Skill skill, String file) {
		return "The skill " + skill.name() + " has no file '" + file + "'. Its files are: "
				+ (skill.files().isEmpty() ? "none" : String.join(", ", skill.files())) + ".";
	}

	public static String summaryOf(String summary) {
		return "Summary of the earlier work on this task (older messages were condensed):\n" + summary;
	}

	public static final String INTERRUPTED = "Pi Assistant was stopped while this call ran, so its effect is unknown. "
			+ "Check the current state before repeating it.";

	public static final String CANCELLED = "The user stopped the task while this call ran.";

	/** The rule of an approval asked because the tool could not say what the call does. */
	public static final String UNDESCRIBED_CALL = "the tool could not say what this call does";

	/** The rule of an approval asked because the permission policy failed. */
	public static final String POLICY_FAILED = "the permission policy failed on this call";

	public static String checkpointFailed(String reason) {
		return "The call did not run: the files it would change could not be kept for undo first (" + reason + ").";
	}

	public static String denied(String note) {
		return "The user did not allow this call." + (note.isBlank() ? "" : " They said: " + note);
	}

	public static String deniedByPolicy(String rule) {
		return "This call is not allowed (" + rule + "). Do not try it again; find another way or explain what is needed.";
	}

	public static String blockedByHook(String reason) {
		return "A hook the user configured blocked this call: " + reason
				+ "\nDo not try the same call again; find another way or explain what is needed.";
	}

	public static String hookFeedback(String reason) {
		return "\n\n[A hook the user configured says about this result: " + reason + "]";
	}

	/** The rule of a call a PreToolUse hook blocked. */
	public static String hookRule(String command) {
		return "blocked by the hook " + command;
	}

	public static String invalid(String tool, String problems) {
		return "The call was not run: " + problems + ". Call " + tool + " again with corrected arguments.";
	}

	public static String unknownTool(String tool, java.util.List<String> available) {
		return "There is no tool named '" + tool + "'. The tools are: " + String.join(", ", available) + ".";
	}

	public static String planRecorded(Plan plan, int revision) {
		return "Plan recorded as revision " + revision + " with steps "
				+ String.join(", ", plan.leaves().stream().map(step -> step.id().value()).toList())
				+ ". Wait for the instruction to work on the first step.";
	}

	public static final String SUMMARIZE = """
			You condense the earlier part of a coding agent's work so that it can go on within its context window. \
			Keep every fact it will need: files and symbols touched, decisions and their reasons, results of commands \
			and tests, errors met, what is done and what is left. Drop chatter. Answer with the summary only.""";

	public static final String JUDGE = """
			You judge whether a tool's result achieved what a step of a plan expected. Answer with a JSON object only: \
			{"met": true or false, "reasoning": "one or two sentences"}.""";

	public static String judgeQuestion(Step step, String tool, String output) {
		return "Step: " + step.description() + "\nExpected outcome: " + step.expected() + "\nTool: " + tool
				+ "\nResult:\n" + output;
	}
}

package dev.piassistant.planning.internal.skills;

/** What reading a SKILL.md gave: a skill, or a problem that names the file. */
public sealed interface SkillRead permits Skill, SkillProblem {
}

package dev.piassistant.memory.internal.graph;

/**
 * How entities are named across index runs. Types by qualified name ({@code org.example.Outer.Inner}), members by
 * their type's key, '#' and name ({@code org.example.Type#run(String,int)} for methods, {@code #field} for fields),
 * the rest by a prefix and what identifies them.
 */
public final class Keys {

	public static final char MEMBER = '#';

	private Keys() {
	}

	public static String project(String root) {
		return "project:" + root;
	}

	public static String file(String root, String path) {
		return "file:" + root + "/" + path;
	}

	public static String pkg(String root, String name) {
		return "package:" + root + "/" + (name.isEmpty() ? "(default)" : name);
	}

	public static String commit(String sha) {
		return "commit:" + sha;
	}

	public static String author(String email) {
		return "author:" + email.toLowerCase(java.util.Locale.ROOT);
	}

	public static String task(String id) {
		return "task:" + id;
	}

	public static String tool(String name) {
		return "tool:" + name;
	}

	public static String concept(String fileKey, String section) {
		return "concept:" + fileKey.substring("file:".length()) + "#" + section;
	}

	/** The type part of a member's key. */
	public static String typeOf(String memberKey) {
		var hash = memberKey.indexOf(MEMBER);
		return hash < 0 ? memberKey : memberKey.substring(0, hash);
	}

	/** The key range of a type's members: {@code [type#, type$)}, for "any member of". */
	public static String membersFrom(String typeKey) {
		return typeKey + MEMBER;
	}

	public static String membersTo(String typeKey) {
		return typeKey + (char) (MEMBER + 1);
	}

	/** A member's name: the part after '#', without parameters. */
	public static String memberName(String memberKey) {
		var hash = memberKey.indexOf(MEMBER);
		var paren = memberKey.indexOf('(');
		return memberKey.substring(hash + 1, paren < 0 ? memberKey.length() : paren);
	}

	/** The simple name of a type key. */
	public static String simpleName(String typeKey) {
		return typeKey.substring(typeKey.lastIndexOf('.') + 1);
	}

	/** "Type.method(String)" for a method key, "Type.field" for a field. */
	public static String shortMember(String memberKey) {
		return simpleName(typeOf(memberKey)) + "." + memberKey.substring(memberKey.indexOf(MEMBER) + 1);
	}
}

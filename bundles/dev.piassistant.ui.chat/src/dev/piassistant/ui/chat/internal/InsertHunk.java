package dev.piassistant.ui.chat.internal;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import dev.piassistant.core.change.ChangeKind;
import dev.piassistant.core.change.FileChange;
import dev.piassistant.core.change.Hunk;

/**
 * A code block put at an editor's cursor (or in place of its selection), as the one hunk of a change to the
 * editor's document: hunks replace whole lines, so the lines the cursor or selection touch are replaced by
 * themselves with the code in the selection's place.
 *
 * @param change the change of the file, proposed against the document as it is now (unsaved typing included)
 * @param offset where the hunk's lines start in the document
 * @param lines  how many lines the code brings, as the user counts them
 */
record InsertHunk(FileChange change, int offset, long lines) {

	/**
	 * @param path   the file, relative to the workspace
	 * @param offset the selection's start
	 * @param length the selection's length, 0 for a cursor
	 */
	static InsertHunk of(String path, IDocument document, int offset, int length, String code) throws BadLocationException {
		var text = document.get();
		var first = document.getLineOfOffset(offset);
		var start = document.getLineOffset(first);
		var delimiter = delimiter(document, first);
		var lines = code.lines().count();
		if (length == 0 && offset == start) {
			// At the start of a line: the code goes before it, on lines of its own.
			var inserted = code.endsWith("\n") || code.endsWith("\r") || start == text.length() ? code : code + delimiter;
			return new InsertHunk(new FileChange(ChangeKind.MODIFY, path, null, text,
					List.of(new Hunk(0, first, "", inserted))), start, lines);
		}
		var end = offset + length;
		var last = length > 0 && end == document.getLineOffset(document.getLineOfOffset(end)) && end > start
				? document.getLineOfOffset(end) - 1
				: document.getLineOfOffset(end);
		var regionEnd = document.getLineOffset(last) + document.getLineLength(last);
		var before = text.substring(start, regionEnd);
		var after = text.substring(start, offset) + code + text.substring(end, regionEnd);
		return new InsertHunk(new FileChange(ChangeKind.MODIFY, path, null, text,
				List.of(new Hunk(0, first, before, after))), start, lines);
	}

	private static String delimiter(IDocument document, int line) throws BadLocationException {
		var delimiter = document.getLineDelimiter(line);
		return delimiter != null ? delimiter : document.getLegalLineDelimiters()[0].equals("\r\n") ? "\r\n" : "\n";
	}
}

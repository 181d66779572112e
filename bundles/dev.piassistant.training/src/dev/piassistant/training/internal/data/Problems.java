package dev.piassistant.training.internal.data;

import org.eclipse.osgi.util.NLS;

import dev.piassistant.core.training.DatasetException;
import dev.piassistant.core.training.DatasetProblem;

/** Words each dataset problem, saying what is wrong, where, and what to do. */
public final class Problems {

	private Problems() {
	}

	public static DatasetException of(DatasetProblem problem) {
		return new DatasetException(problem, text(problem));
	}

	public static String text(DatasetProblem problem) {
		if (problem instanceof DatasetProblem.NotFound p) {
			return NLS.bind(Messages.NotFound, p.path());
		} else if (problem instanceof DatasetProblem.Empty p) {
			return NLS.bind(Messages.Empty, p.path());
		} else if (problem instanceof DatasetProblem.NotUtf8 p) {
			return NLS.bind(Messages.NotUtf8, new Object[] { p.path(), p.line(), p.byteOffset() });
		} else if (problem instanceof DatasetProblem.Malformed p) {
			return NLS.bind(Messages.Malformed, new Object[] { p.path(), p.line(), p.detail() });
		} else if (problem instanceof DatasetProblem.UnsupportedFormat p) {
			return NLS.bind(Messages.UnsupportedFormat, p.path());
		} else if (problem instanceof DatasetProblem.MissingLabelColumn p) {
			var columns = String.join(", ", p.columns());
			return p.column() == null ? NLS.bind(Messages.MissingLabel_none, columns) : NLS.bind(Messages.MissingLabel_absent, p.column(), columns);
		} else if (problem instanceof DatasetProblem.MixedTypes p) {
			return NLS.bind(Messages.MixedTypes, new Object[] { p.column(), p.line(), p.value(), p.numbers(), p.texts() });
		} else if (problem instanceof DatasetProblem.MissingValues p) {
			return NLS.bind(Messages.MissingValues, new Object[] { p.column(), p.line(), p.count() });
		} else if (problem instanceof DatasetProblem.TooSmall p) {
			return p.label() == null ? NLS.bind(Messages.TooSmall_rows, p.rows(), p.needed())
					: NLS.bind(Messages.TooSmall_class, new Object[] { p.rows(), p.needed(), p.label() });
		} else if (problem instanceof DatasetProblem.SingleClass p) {
			return NLS.bind(Messages.SingleClass, p.label());
		} else if (problem instanceof DatasetProblem.LabelNotNumeric p) {
			return NLS.bind(Messages.LabelNotNumeric, new Object[] { p.column(), p.value(), p.line() });
		} else if (problem instanceof DatasetProblem.NoTextColumn p) {
			return NLS.bind(Messages.NoTextColumn, String.join(", ", p.columns()));
		}
		throw new IllegalArgumentException("no words for " + problem);
	}
}

/**
 * From a table to numbers: what each column holds, the checks that turn bad data into clear problems, the
 * stratified split, and the preprocessing (standardising, one-hot categories, TF-IDF of words) fitted on the
 * training split and kept with the model.
 */
@NonNullByDefault
package dev.piassistant.training.internal.prep;

import org.eclipse.jdt.annotation.NonNullByDefault;

package dev.piassistant.training.internal.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training, validation and test rows: 70 / 15 / 15, drawn with a fixed seed so that a run, its resumption
 * and a benchmark's peers all see the same split. A classification is stratified: each class is split on
 * its own, at least one of its rows going to validation and one to test, so that every split holds every
 * class in about the data's proportion.
 */
public record Split(int[] train, int[] validation, int[] test) {

	static final double HELD_OUT = 0.15;

	public static Split of(Prepared data, long seed) {
		var random = new Random(seed);
		if (!data.task().isClassification()) {
			return cut(shuffled(all(data.size()), random));
		}
		var byClass = new ArrayList<List<Integer>>();
		data.classes().forEach(name -> byClass.add(new ArrayList<>()));
		for (int row = 0; row < data.size(); row++) {
			byClass.get(data.classOf()[row]).add(row);
		}
		var train = new ArrayList<Integer>();
		var validation = new ArrayList<Integer>();
		var test = new ArrayList<Integer>();
		for (var rows : byClass) {
			var part = cut(shuffled(rows, random));
			Arrays.stream(part.train).forEach(train::add);
			Arrays.stream(part.validation).forEach(validation::add);
			Arrays.stream(part.test).forEach(test::add);
		}
		return new Split(sorted(train), sorted(validation), sorted(test));
	}

	private static Split cut(List<Integer> rows) {
		int held = Math.max(1, (int) Math.round(rows.size() * HELD_OUT));
		var test = rows.subList(0, held);
		var validation = rows.subList(held, 2 * held);
		var train = rows.subList(2 * held, rows.size());
		return new Split(sorted(train), sorted(validation), sorted(test));
	}

	private static List<Integer> all(int size) {
		var rows = new ArrayList<Integer>(size);
		for (int row = 0; row < size; row++) {
			rows.add(row);
		}
		return rows;
	}

	private static List<Integer> shuffled(List<Integer> rows, Random random) {
		var copy = new ArrayList<>(rows);
		Collections.shuffle(copy, random);
		return copy;
	}

	private static int[] sorted(List<Integer> rows) {
		return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
	}
}

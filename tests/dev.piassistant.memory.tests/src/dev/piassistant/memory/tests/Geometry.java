package dev.piassistant.memory.tests;

import java.util.Map;
import java.util.TreeMap;

/**
 * A small Java project with what makes a graph hard: an interface and an abstract class between it and its
 * implementations, inherited and overridden methods, calls through fields, locals, chained results, static
 * factories, constructors, {@code var}, a lambda and a nested type.
 */
final class Geometry {

	static final Map<String, String> SOURCES = new TreeMap<>(Map.of(
			"geo/Shape.java", """
					package geo;

					public interface Shape {
						double area();

						String name();
					}
					""",
			"geo/Base.java", """
					package geo;

					public abstract class Base implements Shape {
						protected abstract double scale();

						public double area() {
							return scale() * unit();
						}

						public String name() {
							return getClass().getSimpleName();
						}

						static double unit() {
							return 1.0;
						}
					}
					""",
			"geo/Circle.java", """
					package geo;

					public class Circle extends Base {
						private final double radius;

						public Circle(double radius) {
							this.radius = radius;
						}

						protected double scale() {
							return Math.PI * radius * radius;
						}
					}
					""",
			"geo/Square.java", """
					package geo;

					public class Square extends Base {
						private final double side;

						public Square(double side) {
							this.side = side;
						}

						protected double scale() {
							return side * side;
						}

						public String name() {
							return "square of " + side;
						}
					}
					""",
			"geo/Label.java", """
					package geo;

					public final class Label implements Shape {
						private final String text;

						public Label(String text) {
							this.text = text;
						}

						public double area() {
							return 0;
						}

						public String name() {
							return text.strip();
						}
					}
					""",
			"geo/Canvas.java", """
					package geo;

					import java.util.ArrayList;
					import java.util.List;

					public class Canvas {
						private final List<Shape> shapes = new ArrayList<>();

						public Canvas add(Shape shape) {
							shapes.add(shape);
							return this;
						}

						public double total() {
							double sum = 0;
							for (Shape shape : shapes) {
								sum += shape.area();
							}
							return sum;
						}

						public Shape largest() {
							Shape best = null;
							for (Shape shape : shapes) {
								if (best == null || shape.area() > best.area()) {
									best = shape;
								}
							}
							return best;
						}

						public String describe() {
							return largest().name() + " of " + shapes.size();
						}

						public static class Frame {
							private final Canvas inside;

							public Frame(Canvas inside) {
								this.inside = inside;
							}

							public double border() {
								return Math.sqrt(inside.total()) * 4;
							}
						}
					}
					""",
			"geo/Shapes.java", """
					package geo;

					public final class Shapes {
						private Shapes() {
						}

						public static Circle circle(double radius) {
							return new Circle(radius);
						}

						public static Square square(double side) {
							return new Square(side);
						}
					}
					""",
			"geo/print/Printer.java", """
					package geo.print;

					import geo.Canvas;
					import geo.Shapes;

					public class Printer {
						private final Canvas canvas;

						public Printer(Canvas canvas) {
							this.canvas = canvas;
						}

						public String print() {
							return canvas.describe() + ": " + canvas.total();
						}

						public double sample() {
							return Shapes.circle(2).area() + Shapes.square(3).area();
						}
					}
					""",
			"geo/print/App.java", """
					package geo.print;

					import java.util.function.DoubleSupplier;

					import geo.Canvas;
					import geo.Label;
					import geo.Shapes;

					public class App {
						public static String run() {
							var canvas = new Canvas().add(Shapes.circle(1)).add(new Label("title"));
							Printer printer = new Printer(canvas);
							DoubleSupplier later = () -> new Canvas.Frame(canvas).border();
							return printer.print() + printer.sample() + later.getAsDouble();
						}
					}
					"""));

	private Geometry() {
	}
}

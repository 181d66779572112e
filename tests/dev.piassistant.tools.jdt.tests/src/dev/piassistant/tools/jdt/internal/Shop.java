package dev.piassistant.tools.jdt.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small shop in Java, the project the tests search and refactor: an interface with two implementations (one
 * overriding the other), a cart that calls through the interface, a checkout calling the cart, and a report that uses
 * the pricing method through a method reference as well as by direct calls.
 */
final class Shop {

	static final String PRICING = "com/shop/Pricing.java";
	static final String BASE = "com/shop/BasePricing.java";
	static final String DISCOUNT = "com/shop/DiscountPricing.java";
	static final String CART = "com/shop/Cart.java";
	static final String CHECKOUT = "com/shop/Checkout.java";
	static final String REPORT = "com/shop/report/Report.java";

	private Shop() {
	}

	static Map<String, String> sources() {
		var sources = new LinkedHashMap<String, String>();
		sources.put(PRICING, """
				package com.shop;

				/** Prices an order line. */
				public interface Pricing {
					int price(int quantity);
				}
				""");
		sources.put(BASE, """
				package com.shop;

				public class BasePricing implements Pricing {
					@Override
					public int price(int quantity) {
						return quantity * 10;
					}
				}
				""");
		sources.put(DISCOUNT, """
				package com.shop;

				public class DiscountPricing extends BasePricing {
					@Override
					public int price(int quantity) {
						return super.price(quantity) - quantity;
					}
				}
				""");
		sources.put(CART, """
				package com.shop;

				public class Cart {
					private final Pricing pricing;

					public Cart(Pricing pricing) {
						this.pricing = pricing;
					}

					public int total(int quantity) {
						return pricing.price(quantity);
					}

					public int total(int quantity, int discount) {
						return total(quantity) - discount;
					}

					public int totalOf(int... quantities) {
						int sum = 0;
						for (int quantity : quantities) {
							sum += total(quantity);
						}
						return sum;
					}
				}
				""");
		sources.put(CHECKOUT, """
				package com.shop;

				public class Checkout {
					public int pay(Cart cart) {
						return cart.totalOf(1, 2);
					}
				}
				""");
		sources.put(REPORT, """
				package com.shop.report;

				import java.util.function.IntUnaryOperator;

				import com.shop.BasePricing;
				import com.shop.Cart;
				import com.shop.DiscountPricing;

				public class Report {
					public int summary() {
						IntUnaryOperator discounted = new DiscountPricing()::price;
						return discounted.applyAsInt(3) + new BasePricing().price(2) + new Cart(new BasePricing()).total(1);
					}
				}
				""");
		return sources;
	}
}

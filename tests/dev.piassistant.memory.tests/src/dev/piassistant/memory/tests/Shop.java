package dev.piassistant.memory.tests;

/** A small project to index: a cart, items, payments and a test. */
final class Shop {

	private Shop() {
	}

	static void write(MemoryFixture fixture) {
		fixture.write("src/shop/Cart.java", """
				package shop;

				import java.util.ArrayList;
				import java.util.List;
				import shop.pay.Payment;

				/** What a customer is about to buy. */
				public class Cart {
					private final List<Item> items = new ArrayList<>();
					private Payment payment;

					public long total() {
						long sum = 0;
						for (Item item : items) sum += item.price();
						return sum;
					}

					public void add(Item item) {
						items.add(item);
					}

					public Receipt checkout(Payment with) {
						payment = with;
						return with.charge(total());
					}
				}
				""");
		fixture.write("src/shop/Item.java", """
				package shop;

				public record Item(String name, long price) {
				}
				""");
		fixture.write("src/shop/Receipt.java", """
				package shop;

				public record Receipt(long amount, String how) {
				}
				""");
		fixture.write("src/shop/pay/Payment.java", """
				package shop.pay;

				import shop.Receipt;

				public interface Payment {
					Receipt charge(long amount);
				}
				""");
		fixture.write("src/shop/pay/CardPayment.java", """
				package shop.pay;

				import shop.Receipt;

				public class CardPayment implements Payment {
					@Override
					public Receipt charge(long amount) {
						return new Receipt(amount, "card");
					}
				}
				""");
		fixture.write("src/shop/pay/Cash.java", """
				package shop.pay;

				/** Coins and notes, not a payment the shop takes. */
				public final class Cash {
				}
				""");
		fixture.write("test/shop/CartTest.java", """
				package shop;

				import org.junit.jupiter.api.Test;
				import shop.pay.CardPayment;

				class CartTest {
					@Test
					void totalAddsPrices() {
						var cart = new Cart();
						cart.add(new Item("a", 2));
						cart.total();
					}

					@Test
					void checkoutCharges() {
						var cart = new Cart();
						cart.checkout(new CardPayment());
					}
				}
				""");
	}
}

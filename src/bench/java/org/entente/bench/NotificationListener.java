package org.entente.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A connection that LISTENs, as an application node listens for ledger entries, and tells each waiting writer
 * when its NOTIFY arrived: the far end of the bare INSERT + COMMIT + NOTIFY round trip. On the application's
 * own channel it notes when each notification came, which is when the commit became visible to any node.
 */
final class NotificationListener implements AutoCloseable {

	static final String CHANNEL = "bench_round_trip";

	/** The channel the application's ledger NOTIFYs on every append, with the last sequence number as payload. */
	static final String LEDGER_CHANNEL = "entente_ledger";

	private final Connection connection;

	private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

	private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean listening = true;

	NotificationListener(BenchDatabase database) throws SQLException {
		this(database, CHANNEL);
	}

	NotificationListener(BenchDatabase database, String channel) throws SQLException {
		this.connection = database.connect();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("listen " + channel);
		}
		this.thread = new Thread(this::listen, "notification-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Completes when a notification with this payload arrives; register before the NOTIFY is sent. */
	CompletableFuture<Void> expect(String payload) {
		CompletableFuture<Void> arrival = new CompletableFuture<>();
		this.waiting.put(payload, arrival);
		return arrival;
	}

	/** When the notification with this payload arrived, by {@link System#nanoTime()}; null if it has not. */
	Long arrivedAt(String payload) {
		return this.arrivals.get(payload);
	}

	private void listen() {
		PGConnection postgres;
		try {
			postgres = this.connection.unwrap(PGConnection.class);
			while (this.listening) {
				// Blocks up to 100 ms for the next notification rather than polling, so receipt is timely.
				PGNotification[] notifications = postgres.getNotifications(100);
				if (notifications == null) {
					continue;
				}
				long now = System.nanoTime();
				for (PGNotification notification : notifications) {
					this.arrivals.put(notification.getParameter(), now);
					CompletableFuture<Void> arrival = this.waiting.remove(notification.getParameter());
					if (arrival != null) {
						arrival.complete(null);
					}
				}
			}
		}
		catch (SQLException exception) {
			this.waiting.values().forEach((arrival) -> arrival.completeExceptionally(exception));
		}
	}

	@Override
	public void close() throws Exception {
		this.listening = false;
		this.thread.join(1000);
		this.connection.close();
	}

}

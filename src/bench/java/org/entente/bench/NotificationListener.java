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
 * when its NOTIFY arrived: the far end of the bare INSERT + COMMIT + NOTIFY round trip.
 */
final class NotificationListener implements AutoCloseable {

	static final String CHANNEL = "bench_round_trip";

	private final Connection connection;

	private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean listening = true;

	NotificationListener(BenchDatabase database) throws SQLException {
		this.connection = database.connect();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("listen " + CHANNEL);
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
				for (PGNotification notification : notifications) {
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

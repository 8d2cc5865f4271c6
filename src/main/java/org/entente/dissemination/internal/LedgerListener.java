package org.entente.dissemination.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes the stream hub when the ledger grows: LISTEN on the channel every append NOTIFYs, from any node, while a
 * stream client is connected to this node, with a periodic read as the safety net for a notification lost while
 * the connection was down. The ledger, not the notification, is the source: a NOTIFY only says "read again".
 */
@Component
class LedgerListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LedgerListener.class);

	private static final String CHANNEL = "entente_ledger";

	private final DataSource dataSource;

	private final StreamHub hub;

	private final StreamSettings settings;

	private volatile boolean running;

	private Thread thread;

	LedgerListener(DataSource dataSource, StreamHub hub, StreamSettings settings) {
		this.dataSource = dataSource;
		this.hub = hub;
		this.settings = settings;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "ledger-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				PGConnection postgres = connection.unwrap(PGConnection.class);
				boolean listening = false;
				try {
					while (this.running) {
						if (this.hub.connected() == 0) {
							listening = listen(connection, listening, false);
							this.hub.dispatch();
							this.hub.awaitClient(this.settings.pollInterval());
							continue;
						}
						listening = listen(connection, listening, true);
						long started = System.nanoTime();
						this.hub.dispatch();
						postgres.getNotifications((int) this.settings.pollInterval().toMillis());
						pause(this.settings.dispatchGap().minusNanos(System.nanoTime() - started));
					}
				}
				finally {
					// The connection goes back to the pool: no other user of it should keep receiving notifications.
					listen(connection, listening, false);
				}
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (SQLException | RuntimeException exception) {
				if (this.running) {
					log.warn("Ledger listener lost its connection, retrying: {}", exception.getMessage());
					pause(Duration.ofSeconds(1));
				}
			}
		}
	}

	/**
	 * LISTENs while a client is connected on this node, and only then: every append's NOTIFY wakes each listening
	 * session, which on a node without clients would be work for nothing. A client connecting wakes the loop
	 * ({@link StreamHub#awaitClient}); what was appended before the LISTEN is read from the ledger all the same.
	 */
	private static boolean listen(Connection connection, boolean listening, boolean wanted) throws SQLException {
		if (listening != wanted) {
			try (Statement statement = connection.createStatement()) {
				statement.execute((wanted ? "LISTEN " : "UNLISTEN ") + CHANNEL);
			}
		}
		return wanted;
	}

	private static void pause(Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			return;
		}
		try {
			TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
		}
	}

}

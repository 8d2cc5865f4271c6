package org.entente.bench;

import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many members' machines on {@code GET /api/v1/stream}, all read by one thread over non-blocking sockets (one
 * selector). A thousand blocking reader threads would compete with the application for the same two cores and
 * add their own wake-ups to every figure; one selector thread costs the harness one thread, whose CPU time
 * {@link #cpuNanos()} reports beside the figures.
 * <p>
 * A receipt is timed at the {@code select} that found its bytes, by {@link System#nanoTime()} in the harness's
 * JVM (the clock the submitter reads too): the moment a client could have known, before the harness parses
 * anything. The time is kept from the event's {@code id:} line, which comes first in every event the centre
 * sends. Each client also checks that ids only grow, so that a duplicate or a reordering shows as an error.
 */
final class StreamClients implements AutoCloseable {

	private static final String REPORT_FIELD = "\"report\":\"";

	private static final String TIME_FIELD = "\"time\":\"";

	/** The wall clock and {@link System#nanoTime()} read together, to place a wall-clock time on the nanoTime scale. */
	private final Instant wallAtStart = Instant.now();

	private final long nanoAtStart = System.nanoTime();

	private final int expected;

	private final Selector selector;

	private final Queue<Client> joining = new ConcurrentLinkedQueue<>();

	private final List<Client> clients = new ArrayList<>();

	private final CountDownLatch connected;

	private final Map<String, Deliveries> deliveries = new ConcurrentHashMap<>();

	private final AtomicInteger outOfOrder = new AtomicInteger();

	private final AtomicInteger closedByServer = new AtomicInteger();

	private final Thread thread;

	private volatile boolean reading = true;

	StreamClients(int expected) throws IOException {
		this.expected = expected;
		this.connected = new CountDownLatch(expected);
		this.selector = Selector.open();
		this.thread = new Thread(this::read, "sse-clients");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Opens one stream: the request and the response's headers over a blocking socket, then the socket joins
	 * the selector. The centre sends its first comment with the headers, so this returns at once.
	 */
	void connect(int port, String token) throws IOException {
		SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
		channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
		String request = "GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
				+ "\r\nAccept: text/event-stream\r\n\r\n";
		ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
		while (out.hasRemaining()) {
			channel.write(out);
		}
		ByteBuffer in = ByteBuffer.allocate(8192);
		int headersEnd = readHeaders(channel, in);
		String headers = new String(in.array(), 0, headersEnd, StandardCharsets.US_ASCII);
		if (!headers.startsWith("HTTP/1.1 200")) {
			channel.close();
			throw new IllegalStateException("stream answered " + headers.lines().findFirst().orElse(""));
		}
		boolean chunked = headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
		Client client = new Client(channel, this.clients.size(), chunked);
		this.clients.add(client);
		in.limit(in.position()).position(headersEnd);
		client.consume(in, System.nanoTime());
		channel.configureBlocking(false);
		this.joining.add(client);
		this.selector.wakeup();
	}

	/** Reads until the blank line that ends the headers; answers where the body starts. */
	private static int readHeaders(SocketChannel channel, ByteBuffer in) throws IOException {
		while (true) {
			if (channel.read(in) < 0) {
				throw new EOFException("the stream closed in its headers");
			}
			for (int i = 3; i < in.position(); i++) {
				if (in.get(i - 3) == '\r' && in.get(i - 2) == '\n' && in.get(i - 1) == '\r' && in.get(i) == '\n') {
					return i + 1;
				}
			}
			if (!in.hasRemaining()) {
				throw new IOException("response headers longer than " + in.capacity() + " bytes");
			}
		}
	}

	/** Whether every stream sent its first comment within the timeout. */
	boolean awaitConnected(Duration timeout) throws InterruptedException {
		return this.connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Waits until every client received the report's delivery, or the deadline ({@link System#nanoTime()})
	 * passes; answers each client's arrival time, 0 where none came, and when the ledger recorded the entry.
	 */
	Receipts awaitDeliveries(String report, long deadline) throws InterruptedException {
		Deliveries arrivals = this.deliveries.computeIfAbsent(report, (key) -> new Deliveries(this.expected));
		try {
			long[] times = arrivals.await(deadline);
			Instant recorded = arrivals.recorded();
			return new Receipts(times, arrivals.seq(), (recorded != null) ? nanoTimeOf(recorded) : 0);
		}
		finally {
			this.deliveries.remove(report);
		}
	}

	/**
	 * A wall-clock time (the application's, as it wrote it into the event; one machine, one clock) on the
	 * {@link System#nanoTime()} scale of the receipts.
	 */
	private long nanoTimeOf(Instant wallTime) {
		return this.nanoAtStart + Duration.between(this.wallAtStart, wallTime).toNanos();
	}

	/**
	 * One report's receipts.
	 *
	 * @param arrivals each client's, by {@link System#nanoTime()}, 0 where none came
	 * @param seq the event's id, the ledger sequence number of its entry; -1 if none came
	 * @param recorded when the application's ledger recorded the entry (just before its commit), on the same
	 * scale; 0 if unknown
	 */
	record Receipts(long[] arrivals, long seq, long recorded) {
	}

	/** Events whose id was not greater than the one before on the same stream: duplicates or reordering. */
	int outOfOrder() {
		return this.outOfOrder.get();
	}

	/** Streams the centre ended while the scenario still read them. */
	int closedByServer() {
		return this.closedByServer.get();
	}

	/** CPU time the reading thread has used so far: the harness's whole cost of reading every stream. */
	long cpuNanos() {
		return ManagementFactory.getThreadMXBean().getThreadCpuTime(this.thread.getId());
	}

	private void read() {
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
		try {
			while (this.reading) {
				this.selector.select(100);
				long selectedAt = System.nanoTime();
				join();
				for (SelectionKey key : this.selector.selectedKeys()) {
					readFrom((Client) key.attachment(), key, buffer, selectedAt);
				}
				this.selector.selectedKeys().clear();
			}
		}
		catch (IOException exception) {
			// The selector itself failed; the missing receipts show as errors.
		}
	}

	private void join() throws IOException {
		for (Client client = this.joining.poll(); client != null; client = this.joining.poll()) {
			client.channel.register(this.selector, SelectionKey.OP_READ, client);
		}
	}

	private void readFrom(Client client, SelectionKey key, ByteBuffer buffer, long selectedAt) {
		try {
			buffer.clear();
			if (client.channel.read(buffer) < 0) {
				throw new EOFException();
			}
			buffer.flip();
			client.consume(buffer, selectedAt);
		}
		catch (IOException exception) {
			key.cancel();
			if (this.reading) {
				this.closedByServer.incrementAndGet();
			}
		}
	}

	@Override
	public void close() throws Exception {
		this.reading = false;
		this.selector.wakeup();
		this.thread.join(5000);
		for (Client client : this.clients) {
			client.channel.close();
		}
		this.selector.close();
	}

	private static String report(String data) {
		return field(data, REPORT_FIELD);
	}

	/** The ledger entry's time, which every event's data carries. */
	private static Instant time(String data) {
		String time = field(data, TIME_FIELD);
		return (time != null) ? Instant.parse(time) : null;
	}

	private static String field(String data, String field) {
		int start = data.indexOf(field);
		if (start < 0) {
			return null;
		}
		int from = start + field.length();
		int end = data.indexOf('"', from);
		return (end < 0) ? null : data.substring(from, end);
	}

	/** The arrivals of one report's delivery, one slot per client. */
	private static final class Deliveries {

		private final long[] arrivals;

		private int count;

		private Instant recorded;

		private long seq = -1;

		Deliveries(int clients) {
			this.arrivals = new long[clients];
		}

		synchronized void arrived(int client, long at, long seq, String data) {
			if (this.recorded == null) {
				this.recorded = time(data);
				this.seq = seq;
			}
			if (this.arrivals[client] == 0) {
				this.arrivals[client] = at;
				if (++this.count == this.arrivals.length) {
					notifyAll();
				}
			}
		}

		synchronized Instant recorded() {
			return this.recorded;
		}

		synchronized long seq() {
			return this.seq;
		}

		synchronized long[] await(long deadline) throws InterruptedException {
			long left;
			while (this.count < this.arrivals.length && (left = deadline - System.nanoTime()) > 0) {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return this.arrivals.clone();
		}

	}

	/**
	 * One stream: undoes the chunked transfer coding Tomcat sends (so that a chunk boundary inside an event never
	 * looks like the blank line that ends one), splits the body into lines and the lines into events.
	 */
	private final class Client {

		private final SocketChannel channel;

		private final int number;

		private final boolean chunked;

		private ChunkPart part = ChunkPart.SIZE;

		private long chunkLeft;

		private boolean chunkExtension;

		private byte[] line = new byte[256];

		private int lineLength;

		private boolean sawComment;

		private String id;

		private String name;

		private String data;

		private long idArrivedAt;

		private long lastId = -1;

		Client(SocketChannel channel, int number, boolean chunked) {
			this.channel = channel;
			this.number = number;
			this.chunked = chunked;
		}

		void consume(ByteBuffer bytes, long arrivedAt) {
			while (bytes.hasRemaining()) {
				if (!this.chunked) {
					body(bytes.get(), arrivedAt);
				}
				else {
					dechunk(bytes, arrivedAt);
				}
			}
		}

		private void dechunk(ByteBuffer bytes, long arrivedAt) {
			switch (this.part) {
				case SIZE -> chunkSize(bytes.get());
				case DATA -> {
					int count = (int) Math.min(this.chunkLeft, bytes.remaining());
					for (int i = 0; i < count; i++) {
						body(bytes.get(), arrivedAt);
					}
					this.chunkLeft -= count;
					if (this.chunkLeft == 0) {
						this.part = ChunkPart.END_OF_DATA;
					}
				}
				case END_OF_DATA -> {
					if (bytes.get() == '\n') {
						this.part = ChunkPart.SIZE;
					}
				}
				case LAST -> bytes.position(bytes.limit());
			}
		}

		private void chunkSize(byte next) {
			if (next == '\n') {
				this.part = (this.chunkLeft == 0) ? ChunkPart.LAST : ChunkPart.DATA;
				this.chunkExtension = false;
			}
			else if (next == ';') {
				this.chunkExtension = true;
			}
			else if (!this.chunkExtension && Character.digit(next, 16) >= 0) {
				this.chunkLeft = this.chunkLeft * 16 + Character.digit(next, 16);
			}
		}

		private void body(byte next, long arrivedAt) {
			if (next != '\n') {
				if (this.lineLength == this.line.length) {
					this.line = Arrays.copyOf(this.line, this.line.length * 2);
				}
				this.line[this.lineLength++] = next;
				return;
			}
			int length = (this.lineLength > 0 && this.line[this.lineLength - 1] == '\r') ? this.lineLength - 1
					: this.lineLength;
			this.lineLength = 0;
			line(new String(this.line, 0, length, StandardCharsets.UTF_8), arrivedAt);
		}

		private void line(String text, long arrivedAt) {
			if (text.isEmpty()) {
				endOfEvent();
			}
			else if (text.startsWith(":")) {
				if (!this.sawComment) {
					this.sawComment = true;
					StreamClients.this.connected.countDown();
				}
			}
			else if (text.startsWith("id:")) {
				this.id = text.substring(3).trim();
				this.idArrivedAt = arrivedAt;
			}
			else if (text.startsWith("event:")) {
				this.name = text.substring(6).trim();
			}
			else if (text.startsWith("data:")) {
				this.data = text.substring(5);
			}
		}

		private void endOfEvent() {
			long seq = -1;
			if (this.id != null) {
				seq = Long.parseLong(this.id);
				if (seq <= this.lastId) {
					StreamClients.this.outOfOrder.incrementAndGet();
				}
				this.lastId = seq;
			}
			String report = ("delivery".equals(this.name) && this.data != null) ? report(this.data) : null;
			if (report != null) {
				StreamClients.this.deliveries
					.computeIfAbsent(report, (key) -> new Deliveries(StreamClients.this.expected))
					.arrived(this.number, this.idArrivedAt, seq, this.data);
			}
			this.id = null;
			this.name = null;
			this.data = null;
		}

	}

	private enum ChunkPart {

		SIZE, DATA, END_OF_DATA, LAST

	}

}

package org.entente.dissemination;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server receiving webhook POSTs on loopback, answering with the status the test chooses. */
final class WebhookReceiver implements AutoCloseable {

	record Received(Map<String, String> headers, String body) {
	}

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final AtomicInteger count = new AtomicInteger();

	/** @param status the status to answer to the n-th request (counting from 1) */
	WebhookReceiver(IntUnaryOperator status) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hook", (exchange) -> {
			try (InputStream body = exchange.getRequestBody()) {
				String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
				this.received.add(new Received(Map.of("webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
						"webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
						"webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature")), text));
			}
			exchange.sendResponseHeaders(status.applyAsInt(this.count.incrementAndGet()), -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	Received next(long seconds) throws InterruptedException {
		return this.received.poll(seconds, TimeUnit.SECONDS);
	}

	int count() {
		return this.count.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

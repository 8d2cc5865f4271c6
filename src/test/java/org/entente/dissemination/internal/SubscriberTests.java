package org.entente.dissemination.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream client's queue and its non-blocking writes, against a socket whose readiness the test decides: what
 * goes out, in which order, and when a client that does not keep up is told to go.
 */
class SubscriberTests {

	private static final int CAPACITY = 3;

	private final Socket socket = new Socket();

	private final Request request = new Request();

	private final List<Subscriber> ended = new ArrayList<>();

	private final Subscriber subscriber = new Subscriber("BRAVO", this.request, this.socket, 10, CAPACITY,
			this.ended::add);

	@Test
	void writesNothingUntilTheContainerFirstSaysTheStreamIsWritable() {
		this.subscriber.enqueue(11, event(11));
		this.subscriber.write();
		assertThat(this.socket.text()).isEmpty();

		this.subscriber.onWritePossible();
		assertThat(this.socket.text()).isEqualTo("id:11\n\n");
		assertThat(this.socket.flushes).isEqualTo(1);
	}

	@Test
	void writesEventsInLedgerOrderOnceEachAndSkipsThoseAtOrBeforeItsPosition() {
		this.subscriber.onWritePossible();
		this.subscriber.enqueue(10, event(10));
		this.subscriber.enqueue(12, event(12));
		this.subscriber.enqueue(12, event(12));
		this.subscriber.enqueue(11, event(11));
		this.subscriber.enqueue(13, event(13));
		this.subscriber.write();
		assertThat(this.socket.text()).isEqualTo("id:12\n\nid:13\n\n");
		assertThat(this.subscriber.position()).isEqualTo(13);
	}

	@Test
	void waitsForTheSocketAndGoesOnWhenTheContainerSaysItDrained() {
		this.subscriber.onWritePossible();
		this.socket.ready = false;
		this.subscriber.enqueue(11, event(11));
		this.subscriber.write();
		assertThat(this.socket.text()).isEmpty();

		this.socket.ready = true;
		this.subscriber.onWritePossible();
		assertThat(this.socket.text()).isEqualTo("id:11\n\n");
	}

	@Test
	void aWriteThatFillsTheSocketIsFlushedOnlyOnceTheContainerSaysItDrained() {
		this.subscriber.onWritePossible();
		this.socket.room = 5;
		this.subscriber.enqueue(11, event(11));
		this.subscriber.write();
		assertThat(this.socket.text()).isEqualTo("id:11\n\n");
		assertThat(this.socket.flushes).isZero();
		assertThat(this.subscriber.ended()).isFalse();

		this.socket.drained();
		this.subscriber.onWritePossible();
		assertThat(this.socket.flushes).isEqualTo(1);
		this.subscriber.enqueue(12, event(12));
		this.subscriber.write();
		assertThat(this.socket.text()).isEqualTo("id:11\n\nid:12\n\n");
	}

	@Test
	void aClientFartherBehindThanItsQueueIsToldWhyAndDisconnectedInsteadOfQueueingMore() {
		this.subscriber.onWritePossible();
		this.socket.ready = false;
		for (long seq = 11; seq <= 11 + CAPACITY; seq++) {
			this.subscriber.enqueue(seq, event(seq));
		}
		assertThat(this.subscriber.enqueue(20, event(20))).as("nothing more is queued").isFalse();

		this.socket.ready = true;
		this.subscriber.onWritePossible();
		assertThat(this.socket.text()).startsWith("event:disconnect\ndata:{\"reason\":\"too slow: more than 3 events behind")
			.doesNotContain("id:");
		assertThat(this.request.completed).isTrue();
		assertThat(this.ended).containsExactly(this.subscriber);
	}

	@Test
	void aClientThatNeverTakesItsDisconnectionIsEndedAtAHeartbeatAfterTheGrace() {
		this.subscriber.onWritePossible();
		this.socket.ready = false;
		for (long seq = 11; seq <= 12 + CAPACITY; seq++) {
			this.subscriber.enqueue(seq, event(seq));
		}
		this.subscriber.heartbeat(Long.MAX_VALUE);
		assertThat(this.subscriber.ended()).isFalse();

		this.subscriber.heartbeat(0);
		assertThat(this.subscriber.ended()).isTrue();
		assertThat(this.request.completed).isTrue();
	}

	@Test
	void anIdleStreamGetsAHeartbeatCommentAndOneWithEventsWaitingDoesNot() {
		this.subscriber.onWritePossible();
		this.subscriber.heartbeat(Long.MAX_VALUE);
		assertThat(this.socket.text()).isEqualTo(":heartbeat\n\n");

		this.socket.ready = false;
		this.subscriber.enqueue(11, event(11));
		this.subscriber.heartbeat(Long.MAX_VALUE);
		this.socket.ready = true;
		this.subscriber.onWritePossible();
		assertThat(this.socket.text()).isEqualTo(":heartbeat\n\nid:11\n\n");
	}

	@Test
	void aWriteThatFailsEndsTheStreamAndTheHubForgetsIt() {
		this.subscriber.onWritePossible();
		this.socket.broken = true;
		this.subscriber.enqueue(11, event(11));
		this.subscriber.write();
		assertThat(this.ended).containsExactly(this.subscriber);
		assertThat(this.subscriber.enqueue(12, event(12))).isFalse();
	}

	@Test
	void runsTheNextCatchUpStepOnceEverythingQueuedWentOut() {
		this.subscriber.onWritePossible();
		this.socket.ready = false;
		this.subscriber.enqueue(11, event(11));
		List<String> steps = new ArrayList<>();
		this.subscriber.whenDrained(() -> steps.add("next page"));
		assertThat(steps).isEmpty();

		this.socket.ready = true;
		this.subscriber.onWritePossible();
		assertThat(steps).containsExactly("next page");
	}

	private static byte[] event(long seq) {
		return ("id:" + seq + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A socket that takes bytes while {@link #ready}, as Tomcat's non-blocking output does: a write that goes
	 * past {@link #room} fills it (not ready until the test drains it), and writing or flushing while not
	 * ready throws, as Tomcat's CoyoteOutputStream does.
	 */
	private static final class Socket extends ServletOutputStream {

		private final ByteArrayOutputStream written = new ByteArrayOutputStream();

		boolean ready = true;

		int room = Integer.MAX_VALUE;

		boolean broken;

		int flushes;

		String text() {
			return this.written.toString(StandardCharsets.UTF_8);
		}

		void drained() {
			this.room = Integer.MAX_VALUE;
			this.ready = true;
		}

		@Override
		public boolean isReady() {
			return this.ready;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (!this.ready) {
				throw new IllegalStateException("written while not ready");
			}
			if (this.broken) {
				throw new IOException("Broken pipe");
			}
			this.written.write(bytes, offset, length);
			this.ready = this.written.size() <= this.room;
		}

		@Override
		public void flush() {
			if (!this.ready) {
				throw new IllegalStateException("flushed while not ready");
			}
			this.flushes++;
		}

	}

	/** The asynchronous request: only whether it was completed matters here. */
	private static final class Request implements AsyncContext {

		boolean completed;

		@Override
		public void complete() {
			if (this.completed) {
				throw new IllegalStateException("completed twice");
			}
			this.completed = true;
		}

		@Override
		public ServletRequest getRequest() {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServletResponse getResponse() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean hasOriginalRequestAndResponse() {
			return true;
		}

		@Override
		public void dispatch() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void dispatch(String path) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void dispatch(ServletContext context, String path) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void start(Runnable run) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addListener(AsyncListener listener) {
		}

		@Override
		public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
		}

		@Override
		public <T extends AsyncListener> T createListener(Class<T> type) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void setTimeout(long timeout) {
		}

		@Override
		public long getTimeout() {
			return 0;
		}

	}

}

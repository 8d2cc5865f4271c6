package org.entente.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key}: the first answer to a key is kept in the transaction that made it, so a retry with
 * the same key and body is answered from here and stores nothing, and the same key with another body is a
 * conflict.
 */
@Repository
public class IdempotentRequests {

	/** A remembered answer. */
	public record Answer(int status, String body) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Answers one request once per key (none: every time). With a key seen before, the answer remembered for it;
	 * else {@code command} reads and checks the body outside any transaction and gives the step that stores it,
	 * which runs in one transaction with the keeping of its answer. A retry that raced the first and lost is answered
	 * as the first.
	 */
	public Answer once(String member, String key, byte[] body, Function<byte[], Supplier<Answer>> command) {
		byte[] hash = sha256(body);
		if (key != null) {
			validateKey(key);
			Optional<Answer> replayed = replay(member, key, hash);
			if (replayed.isPresent()) {
				return replayed.get();
			}
		}
		Supplier<Answer> store = command.apply(body);
		try {
			return this.transactions.execute((status) -> {
				Answer answer = store.get();
				if (key != null) {
					remember(member, key, hash, answer);
				}
				return answer;
			});
		}
		catch (DuplicateKeyException concurrentRetry) {
			return replay(member, key, hash).orElseThrow(() -> concurrentRetry);
		}
	}

	/** What was remembered of a key: the hash of the request that first used it, and the answer. */
	public record Remembered(byte[] requestHash, Answer answer) {

		public boolean sameRequest(byte[] hash) {
			return Arrays.equals(this.requestHash, hash);
		}

	}

	/** The answer already given to this key, if any; a conflict if the key came with another body. */
	public Optional<Answer> replay(String member, String key, byte[] requestHash) {
		Remembered remembered = lookup(member, List.of(key)).get(key);
		if (remembered == null) {
			return Optional.empty();
		}
		if (!remembered.sameRequest(requestHash)) {
			throw new ConflictException("Idempotency-Key",
					"the Idempotency-Key " + key + " was used before with another request body");
		}
		return Optional.of(remembered.answer());
	}

	/** What was remembered of these keys, in one query. */
	public Map<String, Remembered> lookup(String member, Collection<String> keys) {
		Map<String, Remembered> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select key, request_hash, status, response from idempotent_request where member_code = ? and key = any(?)")
			.params(member, keys.toArray(String[]::new))
			.query((row) -> {
				found.put(row.getString("key"), new Remembered(row.getBytes("request_hash"),
						new Answer(row.getInt("status"), row.getString("response"))));
			});
		return found;
	}

	/** Keeps an answer; call inside the transaction that stored what it answers. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remember(String member, String key, byte[] requestHash, Answer answer) {
		this.jdbc.sql("""
				insert into idempotent_request (member_code, key, request_hash, status, response, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(member, key, requestHash, answer.status(), answer.body(), Timestamp.from(Instant.now())).update();
	}

	public static void validateKey(String key) {
		if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new InvalidRequestException("Idempotency-Key", "format", "must be 1 to 255 visible ASCII characters");
		}
	}

	public static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("SHA-256 is part of every JDK", exception);
		}
	}

}

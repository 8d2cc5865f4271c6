package org.entente.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.members.Caller;
import org.entente.platform.ConflictException;
import org.entente.platform.FieldProblem;
import org.entente.platform.IdempotentRequests;
import org.entente.platform.IdempotentRequests.Answer;
import org.entente.platform.IdempotentRequests.Remembered;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Validation;
import org.entente.reports.ReportDraft;
import org.entente.reports.SubmittedReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submission of single reports and of NDJSON bulks, with {@code Idempotency-Key}: the answer to each report is
 * remembered in the transaction that stored it, so a retry (after a timeout, or after the server died
 * mid-bulk) stores nothing twice and completes what is missing.
 */
@Component
class ReportSubmission {

	private final ReportManagement management;

	private final ReportQueries queries;

	private final IdempotentRequests idempotentRequests;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final ReportSettings settings;

	ReportSubmission(ReportManagement management, ReportQueries queries, IdempotentRequests idempotentRequests,
			TransactionTemplate transactions, JsonMapper json, ReportSettings settings) {
		this.management = management;
		this.queries = queries;
		this.idempotentRequests = idempotentRequests;
		this.transactions = transactions;
		this.json = json;
		this.settings = settings;
	}

	/** Stores one report, or answers as the first time when the key was seen with the same body. */
	Answer submit(Caller caller, byte[] body, String key) {
		return this.idempotentRequests.once(caller.member(), key, body, (bytes) -> {
			ReportDraft draft = this.json.readValue(bytes, ReportDraft.class);
			if (draft == null) {
				// A body of JSON null reads as no draft at all: refuse it as [] or "x" are, not with a 500.
				throw MismatchedInputException.from(null, ReportDraft.class, "the request body is not a JSON object");
			}
			ValidReport report = this.management.validOrThrow(caller, draft, this.management.activeMembers());
			return () -> {
				SubmittedReport submitted = this.management.store(caller, List.of(report)).get(0);
				return new Answer(201, this.json.writeValueAsString(this.queries.find(caller, submitted.id())));
			};
		});
	}

	/**
	 * Streams a bulk: reads lines in batches, stores each batch's valid reports in one transaction and writes
	 * one result per line as it goes. The first batch is settled before anything is written, so a key reused
	 * with another body is still answered 409.
	 */
	void bulk(Caller caller, NdjsonLines lines, String key, ResponseWriter writer) throws IOException {
		if (key != null) {
			IdempotentRequests.validateKey(key);
		}
		Set<String> activeMembers = this.management.activeMembers();
		BulkTally tally = new BulkTally();
		boolean first = true;
		List<Line> batch;
		while (!(batch = readBatch(lines)).isEmpty() || first) {
			List<Map<String, Object>> results = storeBatch(caller, batch, key, activeMembers, first);
			if (first) {
				writer.start();
				first = false;
			}
			for (Map<String, Object> result : results) {
				tally.count(result);
				writer.item(this.json.writeValueAsBytes(result));
			}
			writer.batchDone();
		}
		writer.finish(tally.accepted, tally.rejected);
	}

	private List<Map<String, Object>> storeBatch(Caller caller, List<Line> batch, String key,
			Set<String> activeMembers, boolean firstBatch) {
		Map<String, Remembered> remembered = (key != null)
				? this.idempotentRequests.lookup(caller.member(), batch.stream().map((line) -> lineKey(key, line)).toList())
				: Map.of();
		List<Map<String, Object>> results = new ArrayList<>(batch.size());
		List<ValidReport> valid = new ArrayList<>();
		List<Integer> validPositions = new ArrayList<>();
		for (Line line : batch) {
			// Without a key there is nothing remembered, and Map.of() refuses to look up the null line key.
			Remembered earlier = (key != null) ? remembered.get(lineKey(key, line)) : null;
			if (earlier != null && !earlier.sameRequest(line.hash())) {
				if (firstBatch) {
					throw new ConflictException("Idempotency-Key",
							"the Idempotency-Key " + key + " was used before with another request body");
				}
				results.add(problem(line.number(), 409, "Conflict", "line " + line.number()
						+ " differs from the line sent first with this Idempotency-Key", List.of()));
				continue;
			}
			if (earlier != null) {
				results.add(this.json.readValue(earlier.answer().body(), Map.class));
				continue;
			}
			Object parsed = parse(caller, line, activeMembers);
			if (parsed instanceof ValidReport report) {
				valid.add(report);
				validPositions.add(results.size());
				results.add(null);
			}
			else {
				results.add((Map<String, Object>) parsed);
			}
		}
		storeValid(caller, batch, key, valid, validPositions, results);
		return results;
	}

	private void storeValid(Caller caller, List<Line> batch, String key, List<ValidReport> valid,
			List<Integer> positions, List<Map<String, Object>> results) {
		if (valid.isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			List<SubmittedReport> submitted = this.management.store(caller, valid);
			for (int i = 0; i < submitted.size(); i++) {
				int position = positions.get(i);
				Line line = batch.get(position);
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("line", line.number());
				result.put("id", submitted.get(i).id().toString());
				result.put("ref", submitted.get(i).reference());
				results.set(position, result);
				if (key != null) {
					this.idempotentRequests.remember(caller.member(), lineKey(key, line), line.hash(),
							new Answer(201, this.json.writeValueAsString(result)));
				}
			}
		});
	}

	private Object parse(Caller caller, Line line, Set<String> activeMembers) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(line.bytes()))
				.toString();
			ReportDraft draft = this.json.readValue(text, ReportDraft.class);
			if (draft == null) {
				return problem(line.number(), 400, "Malformed line", "the line is not a JSON object", List.of());
			}
			Validation validation = new Validation();
			ValidReport report = this.management.validator().validate(draft, caller.member(), activeMembers, validation);
			return (report != null) ? report
					: problem(line.number(), 422, "Invalid report", new InvalidRequestException(validation.problems()).getMessage(),
							validation.problems());
		}
		catch (CharacterCodingException exception) {
			return problem(line.number(), 400, "Malformed line", "the line is not valid UTF-8", List.of());
		}
		catch (JacksonException exception) {
			return problem(line.number(), 400, "Malformed line", exception.getOriginalMessage(), List.of());
		}
	}

	private List<Line> readBatch(NdjsonLines lines) throws IOException {
		List<Line> batch = new ArrayList<>();
		byte[] bytes;
		while (batch.size() < this.settings.bulkBatchSize() && (bytes = lines.next()) != null) {
			if (!isBlank(bytes)) {
				batch.add(new Line(lines.number(), bytes, IdempotentRequests.sha256(bytes)));
			}
		}
		return batch;
	}

	private static Map<String, Object> problem(int line, int status, String title, String detail,
			List<FieldProblem> fields) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		if (!fields.isEmpty()) {
			problem.put("errors", fields);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("line", line);
		result.put("problem", problem);
		return result;
	}

	private static String lineKey(String key, Line line) {
		return (key != null) ? key + "#" + line.number() : null;
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	private record Line(int number, byte[] bytes, byte[] hash) {
	}

	private static final class BulkTally {

		long accepted;

		long rejected;

		void count(Map<String, Object> result) {
			if (result.containsKey("problem")) {
				this.rejected++;
			}
			else {
				this.accepted++;
			}
		}

	}

	/** Where the bulk's answer goes: {@code {"items":[...],"accepted":n,"rejected":m}}, written as it grows. */
	static final class ResponseWriter {

		private final Runnable beforeFirstByte;

		private final OutputStream output;

		private boolean firstItem = true;

		ResponseWriter(Runnable beforeFirstByte, OutputStream output) {
			this.beforeFirstByte = beforeFirstByte;
			this.output = output;
		}

		void start() throws IOException {
			this.beforeFirstByte.run();
			this.output.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
		}

		void item(byte[] item) throws IOException {
			if (!this.firstItem) {
				this.output.write(',');
			}
			this.firstItem = false;
			this.output.write('\n');
			this.output.write(item);
		}

		/**
		 * Sends the answers of a committed batch now rather than when the buffer fills, so that a client sees
		 * what is stored while it is still uploading, and what it saw is all a retry must not repeat.
		 */
		void batchDone() throws IOException {
			this.output.flush();
		}

		void finish(long accepted, long rejected) throws IOException {
			this.output.write(("\n],\"accepted\":" + accepted + ",\"rejected\":" + rejected + "}\n")
				.getBytes(StandardCharsets.UTF_8));
			this.output.flush();
		}

	}

}

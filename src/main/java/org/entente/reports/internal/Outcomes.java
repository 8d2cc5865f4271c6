package org.entente.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.IdempotentRequests;
import org.entente.platform.IdempotentRequests.Answer;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.platform.Validation;
import org.entente.reports.OutcomeRecorded;
import org.entente.reports.internal.ReportRepository.LockedReport;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes: what the originator or a recipient of a report says came of it, or of some of its locations. Any
 * member that may see a report may record one, and every member that may see the report sees its outcomes, as
 * it sees the report's acknowledgements in the ledger.
 */
@Service
class Outcomes {

	/** A taxonomy term, as a location's kind is. */
	private static final Pattern TERM = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");

	private static final int MAXIMUM_NOTE = 10_000;

	private static final int MAXIMUM_LOCATIONS = 1_000;

	private static final long MAXIMUM_QUANTITY = 1_000_000_000_000L;

	/** How far ahead of the centre's clock a member's clock may run. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final OutcomeRepository repository;

	private final ReportRepository reports;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final IdempotentRequests idempotentRequests;

	private final JsonMapper json;

	Outcomes(OutcomeRepository repository, ReportRepository reports, Ledger ledger, ApplicationEventPublisher events,
			IdempotentRequests idempotentRequests, JsonMapper json) {
		this.repository = repository;
		this.reports = reports;
		this.ledger = ledger;
		this.events = events;
		this.idempotentRequests = idempotentRequests;
		this.json = json;
	}

	/**
	 * Records the outcome as {@link #record} does, once per {@code Idempotency-Key}: a retry with the same key and
	 * body is answered as the first time and stores nothing; the answer is kept in the transaction that stored it.
	 */
	Answer recordOnce(Caller caller, byte[] body, String key) {
		return this.idempotentRequests.once(caller.member(), key, body, (bytes) -> {
			OutcomeDraft draft = this.json.readValue(bytes, OutcomeDraft.class);
			if (draft == null) {
				throw MismatchedInputException.from(null, OutcomeDraft.class, "the request body is not a JSON object");
			}
			return () -> new Answer(201, this.json.writeValueAsString(record(caller, draft)));
		});
	}

	/** Records the outcome and its ledger entry in one transaction, against the report's current version. */
	@Transactional
	OutcomeView record(Caller caller, OutcomeDraft draft) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ValidOutcome outcome = validOrThrow(draft, now);
		LockedReport report = this.reports.lock(outcome.report(), caller.member())
			.orElseThrow(() -> new InvalidRequestException("report", "unknown",
					"no report with this id that your member may see"));
		checkLocations(outcome, this.repository.locationIds(report.id()));
		UUID id = UUID.randomUUID();
		this.repository.insert(id, report.id(), report.version(), caller.member(), caller.username(), now, outcome);
		long sequence = this.ledger.append(new LedgerRecord(caller.actor(), "outcome.recorded",
				Subject.report(report.id()), event(id, report, caller, outcome)));
		this.events.publishEvent(new OutcomeRecorded(id, report.id(), caller.member(), sequence));
		return this.repository.find(caller.member(), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	OutcomeView find(Caller caller, UUID id) {
		return this.repository.find(caller.member(), id).orElseThrow(() -> new NotFoundException("outcome " + id));
	}

	/** The report's outcomes, oldest first; the report must be one the member may see. */
	@Transactional(readOnly = true)
	Page<OutcomeView> ofReport(Caller caller, UUID reportId, Cursor after, int limit) {
		this.reports.visible(reportId, caller.member()).orElseThrow(() -> new NotFoundException("report " + reportId));
		List<OutcomeView> outcomes = this.repository.ofReport(caller.member(), reportId, after, limit + 1);
		if (outcomes.size() <= limit) {
			return new Page<>(outcomes, null);
		}
		OutcomeView last = outcomes.get(limit - 1);
		return new Page<>(outcomes.subList(0, limit), new Cursor(last.recordedAt(), last.id()).encode());
	}

	private static ValidOutcome validOrThrow(OutcomeDraft draft, Instant now) {
		Validation validation = new Validation();
		if (draft.report() == null) {
			validation.reject("report", "required", "must name the report the outcome came of");
		}
		validation.matches("effect", draft.effect(), TERM, "lower-case letters, digits and ._- (a taxonomy term)");
		if (draft.objectType() != null) {
			validation.matches("objectType", draft.objectType(), TERM,
					"lower-case letters, digits and ._- (a taxonomy term)");
		}
		if (draft.time() != null && draft.time().isAfter(now.plus(CLOCK_SKEW))) {
			validation.reject("time", "notFuture", "must not be in the future");
		}
		else {
			validation.storable("time", draft.time());
		}
		if (draft.quantity() != null && (draft.quantity() < 0 || draft.quantity() > MAXIMUM_QUANTITY)) {
			validation.reject("quantity", "range", "must be between 0 and " + MAXIMUM_QUANTITY);
		}
		validation.optionalText("note", draft.note(), MAXIMUM_NOTE);
		List<UUID> locations = (draft.locations() != null) ? draft.locations() : List.of();
		if (locations.size() > MAXIMUM_LOCATIONS) {
			validation.reject("locations", "maxItems", "must name at most " + MAXIMUM_LOCATIONS + " locations");
		}
		for (int i = 0; i < locations.size(); i++) {
			if (locations.get(i) == null) {
				validation.reject("locations[" + i + "]", "required", "must be a location id");
			}
		}
		validation.throwIfFailed();
		Instant time = (draft.time() != null) ? draft.time().truncatedTo(ChronoUnit.MICROS) : now;
		return new ValidOutcome(draft.report(), List.copyOf(new LinkedHashSet<>(locations)), time, draft.effect(),
				draft.objectType(), draft.quantity(), draft.note());
	}

	private static void checkLocations(ValidOutcome outcome, Set<UUID> ofReport) {
		Validation validation = new Validation();
		for (int i = 0; i < outcome.locations().size(); i++) {
			if (!ofReport.contains(outcome.locations().get(i))) {
				validation.reject("locations[" + i + "]", "unknown", "is not a location of the report's current version");
			}
		}
		validation.throwIfFailed();
	}

	private static Map<String, Object> event(UUID id, LockedReport report, Caller caller, ValidOutcome outcome) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("outcome", id.toString());
		event.put("report", report.id().toString());
		event.put("version", report.version());
		event.put("member", caller.member());
		event.put("time", outcome.time().toString());
		event.put("effect", outcome.effect());
		event.put("objectType", outcome.objectType());
		event.put("quantity", outcome.quantity());
		event.put("note", outcome.note());
		event.put("locations", outcome.locations().stream().map(UUID::toString).toList());
		return event;
	}

}

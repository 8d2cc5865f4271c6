package org.entente.reports.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.Page;
import org.entente.platform.Validation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes over the API. */
@RestController
class OutcomeController {

	private final Outcomes outcomes;

	OutcomeController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@PostMapping(path = "/api/v1/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record what came of a report the caller's member may see, or of some of its locations")
	ResponseEntity<OutcomeView> record(Caller caller, @RequestBody OutcomeDraft draft) {
		OutcomeView outcome = this.outcomes.record(caller, draft);
		return ResponseEntity.created(URI.create("/api/v1/outcomes/" + outcome.id())).body(outcome);
	}

	@GetMapping("/api/v1/outcomes")
	@Operation(summary = "A report's outcomes, oldest first",
			description = "The report must be one the caller's member may see; every member that may see it sees its outcomes.")
	Page<OutcomeView> ofReport(Caller caller, @RequestParam(required = false) UUID report,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		Validation validation = new Validation();
		if (report == null) {
			validation.reject("report", "required", "must name the report whose outcomes to list");
		}
		Cursor after = Cursor.decode(validation, cursor);
		int pageSize = validation.limit(limit);
		validation.throwIfFailed();
		return this.outcomes.ofReport(caller, report, after, pageSize);
	}

	@GetMapping("/api/v1/outcomes/{id}")
	OutcomeView find(Caller caller, @PathVariable UUID id) {
		return this.outcomes.find(caller, id);
	}

}

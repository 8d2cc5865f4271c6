package org.entente.reports.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.IdempotentRequests.Answer;
import org.entente.platform.Page;
import org.entente.platform.Validation;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes over the API. */
@RestController
class OutcomeController {

	private final Outcomes outcomes;

	private final JsonMapper json;

	OutcomeController(Outcomes outcomes, JsonMapper json) {
		this.outcomes = outcomes;
		this.json = json;
	}

	/** The body is read as bytes, so that an Idempotency-Key is matched against exactly what was sent. */
	@PostMapping(path = "/api/v1/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record what came of a report the caller's member may see, or of some of its locations",
			description = "With an Idempotency-Key, a retry with the same body is answered as the first time and records nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = OutcomeDraft.class))),
			responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OutcomeView.class))))
	ResponseEntity<String> record(Caller caller, @RequestBody byte[] body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Answer answer = this.outcomes.recordOnce(caller, body, key);
		String id = this.json.readTree(answer.body()).path("id").asString();
		return ResponseEntity.status(answer.status())
			.location(URI.create("/api/v1/outcomes/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.body());
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

package org.entente.reports.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.members.Caller;
import org.entente.platform.Page;
import org.entente.platform.IdempotentRequests.Answer;
import org.entente.reports.ReportDraft;
import org.springdoc.core.annotations.ParameterObject;
import org.entente.reports.internal.ReportRepository.VersionView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Reports over the API. */
@RestController
class ReportController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ReportSubmission submission;

	private final ReportManagement management;

	private final ReportQueries queries;

	private final JsonMapper json;

	ReportController(ReportSubmission submission, ReportManagement management, ReportQueries queries,
			JsonMapper json) {
		this.submission = submission;
		this.management = management;
		this.queries = queries;
		this.json = json;
	}

	/** The body is read as bytes, so that an Idempotency-Key is matched against exactly what was sent. */
	@PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a report",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ReportDraft.class))),
			responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReportDetail.class))))
	ResponseEntity<String> submit(Caller caller, @RequestBody byte[] body,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		Answer answer = this.submission.submit(caller, body, key);
		String id = this.json.readTree(answer.body()).path("id").asString();
		return ResponseEntity.status(answer.status())
			.location(URI.create("/api/v1/reports/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.body());
	}

	@PostMapping(path = "/api/v1/reports/bulk", consumes = "application/x-ndjson")
	@Operation(summary = "Submit reports in bulk, one JSON report a line",
			description = "Streams the upload; answers {items: [{line, id, ref} | {line, problem}], accepted, rejected}.")
	void bulk(Caller caller, HttpServletRequest request, HttpServletResponse response,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) throws IOException {
		NdjsonLines lines = new NdjsonLines(request.getInputStream(), 10 * 1024 * 1024);
		ReportSubmission.ResponseWriter writer = new ReportSubmission.ResponseWriter(() -> {
			response.setStatus(HttpStatus.OK.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		}, response.getOutputStream());
		this.submission.bulk(caller, lines, key, writer);
	}

	@GetMapping("/api/v1/reports/{id}")
	ReportDetail find(Caller caller, @PathVariable UUID id) {
		return this.queries.find(caller, id);
	}

	@GetMapping("/api/v1/reports/{id}/versions")
	Page<Map<String, Object>> versions(Caller caller, @PathVariable UUID id) {
		List<Map<String, Object>> versions = this.queries.versions(caller, id).stream().map(this::version).toList();
		return new Page<>(versions, null);
	}

	@GetMapping("/api/v1/reports")
	@Operation(summary = "Search the reports the caller's member may see",
			description = "Every filter optional and combined; area filters apply to each location at the caller's detail (sanitised recipients are searched by sanitised coordinates).")
	Page<ReportDetail> search(Caller caller, @ParameterObject SearchParameters parameters) {
		return this.queries.search(caller, parameters.criteria(this.json), parameters.pageSize());
	}

	@PostMapping(path = "/api/v1/reports/search", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search as GET /api/v1/reports does, the parameters in a JSON object",
			description = "For searches too long for a URL, such as a polygon of thousands of vertices: polygon as a GeoJSON object, bbox and near as arrays or text.")
	Page<ReportDetail> searchByBody(Caller caller, @RequestBody JsonNode body) {
		return search(caller, SearchParameters.of(body));
	}

	@PatchMapping(path = "/api/v1/reports/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	ReportDetail amend(Caller caller, @PathVariable UUID id, @RequestBody ObjectNode patch) {
		this.management.amend(caller, id, patch);
		return this.queries.find(caller, id);
	}

	@PostMapping("/api/v1/reports/{id}/withdraw")
	ReportDetail withdraw(Caller caller, @PathVariable UUID id, @RequestBody(required = false) Withdrawal request) {
		this.management.withdraw(caller, id, (request != null) ? request.reason() : null);
		return this.queries.find(caller, id);
	}

	@PostMapping("/api/v1/reports/{id}/release")
	ReportDetail release(Caller caller, @PathVariable UUID id, @RequestBody ReleaseRequest request) {
		this.management.release(caller, id, request.releasableTo());
		return this.queries.find(caller, id);
	}

	private Map<String, Object> version(VersionView version) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("version", version.version());
		view.put("recordedAt", version.recordedAt().toString());
		view.put("author", version.author());
		view.put("content", this.json.readTree(version.content()));
		return view;
	}

	record Withdrawal(String reason) {
	}

	record ReleaseRequest(List<JsonNode> releasableTo) {
	}

}

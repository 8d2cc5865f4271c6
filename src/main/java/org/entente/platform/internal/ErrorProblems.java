package org.entente.platform.internal;

import java.net.URI;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.entente.platform.FieldProblem;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error page answers, for failures no controller advice saw: the security filters'
 * refusals (a URL the firewall rejects), a query string the container cannot decode, an exception that escaped.
 * Each as RFC 9457 problem details with the status kept, in place of Spring Boot's {@code {timestamp, status,
 * error}}; a 5xx never says more than that it failed.
 */
@RestController
class ErrorProblems implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		ResponseEntity<ProblemDetail> problem = problem(request);
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed instanceof String path && problem.getBody() != null) {
			try {
				// The path that failed, not the error page's (which Spring would fill in).
				problem.getBody().setInstance(URI.create(path));
			}
			catch (IllegalArgumentException notAUri) {
				// Left to Spring.
			}
		}
		return problem;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer status)) {
			// Asked for directly, not forwarded to with an error.
			return ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", "no such resource", List.of());
		}
		HttpStatusCode statusCode = HttpStatusCode.valueOf((status >= 400 && status <= 599) ? status : 500);
		if (statusCode.value() == HttpStatus.BAD_REQUEST.value()) {
			List<FieldProblem> fields = QueryParameters.undecodable(originalQuery(request))
				.stream()
				.map((name) -> new FieldProblem(name, "encoding", UNDECODABLE))
				.toList();
			if (!fields.isEmpty()) {
				return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Bad request",
						fields.get(0).field() + ": " + UNDECODABLE, fields);
			}
		}
		return ApiProblems.problem(statusCode, title(statusCode), detail(statusCode), List.of());
	}

	static final String UNDECODABLE = "must be percent-encoded UTF-8";

	/** The query string of the request that failed; the error page's own request has none. */
	static String originalQuery(HttpServletRequest request) {
		Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		if (query == null) {
			query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		}
		return (query instanceof String text) ? text : request.getQueryString();
	}

	static String title(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	/** Fixed sentences: the container's messages may quote the request (its URI, a header) or the server's insides. */
	static String detail(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return "the server failed to answer this request";
		}
		return switch (status.value()) {
			case 400 -> "the request could not be read: its URL, headers or parameters are malformed or too large";
			case 404 -> "no such resource";
			case 405 -> "this resource does not take this method";
			default -> title(status);
		};
	}

}

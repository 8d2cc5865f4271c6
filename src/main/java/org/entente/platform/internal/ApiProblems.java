package org.entente.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.entente.platform.ConflictException;
import org.entente.platform.FieldProblem;
import org.entente.platform.ForbiddenException;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.PayloadTooLargeException;
import org.entente.platform.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one mapper from failures to RFC 9457 problem details for the whole API. Field errors travel in an
 * {@code errors} member, each naming the field and the rule it broke.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException exception) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", exception.getMessage(),
				exception.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException exception) {
		return problem(HttpStatus.NOT_FOUND, "Not found", exception.getMessage(), List.of());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException exception) {
		List<FieldProblem> fields = List.of(new FieldProblem(exception.field(), "conflict", exception.getMessage()));
		return problem(HttpStatus.CONFLICT, "Conflict", exception.getMessage(), fields);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException exception) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", exception.getMessage(), List.of());
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException exception) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", exception.getMessage(), List.of());
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(UnavailableException exception) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", exception.getMessage(), List.of());
	}

	/** A body the API parsed itself (raw bytes, for idempotency hashing) that is not valid JSON of its shape. */
	@ExceptionHandler(JacksonException.class)
	ResponseEntity<ProblemDetail> unreadable(JacksonException exception) {
		String field = fieldOf(exception);
		String detail = exception.getOriginalMessage();
		List<FieldProblem> fields = field.isEmpty() ? List.of() : List.of(new FieldProblem(field, "type", detail));
		return problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail, fields);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
		String field = exception.getName();
		return problem(HttpStatus.BAD_REQUEST, "Bad request", field + " is not a valid value",
				List.of(new FieldProblem(field, "type", "is not a valid value")));
	}

	/**
	 * Tomcat reads the query string when a controller first asks for a parameter, and refuses all of it when one
	 * is not percent-encoded UTF-8 (say {@code q=%ff}), naming none: the raw query string tells which.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException exception,
			HttpServletRequest request) {
		List<FieldProblem> fields = QueryParameters.undecodable(request.getQueryString())
			.stream()
			.map((name) -> new FieldProblem(name, "encoding", ErrorProblems.UNDECODABLE))
			.toList();
		String detail = fields.isEmpty() ? "the query string could not be read"
				: fields.get(0).field() + ": " + ErrorProblems.UNDECODABLE;
		return problem(HttpStatus.BAD_REQUEST, "Bad request", detail, fields);
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException exception) {
		log.warn("Database unavailable: {}", exception.getMessage());
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				DATABASE_UNAVAILABLE, List.of());
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(response.getBody());
	}

	static final String DATABASE_UNAVAILABLE = "the database is not reachable; nothing was stored, try again";

	static final String RETRY_AFTER_SECONDS = "5";

	/** Whether a failure, or any of its causes, is one that {@link #databaseUnavailable} answers. */
	static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = causeOfType(exception, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return asObject(tooLarge(tooLarge));
		}
		JacksonException jackson = causeOfType(exception, JacksonException.class);
		String field = (jackson != null) ? fieldOf(jackson) : "";
		String detail = (jackson != null) ? jackson.getOriginalMessage() : "the request body is missing or unreadable";
		List<FieldProblem> fields = field.isEmpty() ? List.of() : List.of(new FieldProblem(field, "type", detail));
		return asObject(problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail, fields));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail,
			List<FieldProblem> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream()
				.map(field -> Map.of("field", field.field(), "rule", field.rule(), "message", field.message()))
				.toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String fieldOf(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T causeOfType(Throwable throwable, Class<T> type) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

}

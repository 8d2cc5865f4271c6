package org.entente.platform.internal;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorProblemsTests {

	private final ErrorProblems errors = new ErrorProblems();

	@Test
	void anEscapedExceptionIsA500ThatSaysNothingMore() {
		MockHttpServletRequest request = failed(500, "/api/v1/reports");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("select * from secret"));
		ResponseEntity<ProblemDetail> answer = this.errors.error(request);
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getDetail()).isEqualTo("the server failed to answer this request");
		assertThat(answer.getBody().getInstance()).hasToString("/api/v1/reports");
	}

	@Test
	void theStatusIsKept() {
		ResponseEntity<ProblemDetail> answer = this.errors.error(failed(405, "/api/v1/reports"));
		assertThat(answer.getStatusCode().value()).isEqualTo(405);
		assertThat(answer.getBody().getTitle()).isEqualTo("Method Not Allowed");
	}

	@Test
	void aBadRequestNamesTheParametersItCannotDecode() {
		MockHttpServletRequest request = failed(400, "/api/v1/reports");
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "q=%ff&limit=5");
		ResponseEntity<ProblemDetail> answer = this.errors.error(request);
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().getProperties()).containsKey("errors");
		assertThat(answer.getBody().getDetail()).isEqualTo("q: must be percent-encoded UTF-8");
	}

	private static MockHttpServletRequest failed(int status, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
		return request;
	}

}

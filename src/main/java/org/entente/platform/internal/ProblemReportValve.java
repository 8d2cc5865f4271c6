package org.entente.platform.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report, written as problem+json instead of an HTML page. Tomcat answers some requests before
 * the application sees them, and so before its error page: a request line or headers over
 * {@code server.max-http-request-header-size}, a URI it refuses (an encoded NUL, {@code /api/v1/sites/%00}), a
 * malformed request line. Errors of requests the application saw are answered by {@link ErrorProblems}.
 */
class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's: not for a success, nor over an answer already written, and once only.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		HttpStatusCode code = HttpStatusCode.valueOf((status <= 599) ? status : 500);
		String body = "{\"type\":\"about:blank\",\"title\":\"" + ErrorProblems.title(code) + "\",\"status\":" + status
				+ ",\"detail\":\"" + ErrorProblems.detail(code) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException exception) {
			// The client is gone or the response cannot be written: nothing to report to.
		}
	}

	/**
	 * Puts the valve in place of Tomcat's on the host. Spring Boot adds its own {@link ErrorReportValve} from a
	 * context customizer; this one runs after it (lowest precedence) and replaces it, and names its class on the
	 * host so that the host does not add Tomcat's default when it starts.
	 */
	@Component
	static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(Installation::install);
		}

		private static void install(Context context) {
			Host host = (Host) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ProblemReportValve());
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

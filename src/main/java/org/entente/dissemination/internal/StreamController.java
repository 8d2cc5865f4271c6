package org.entente.dissemination.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.members.Caller;
import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's live stream of deliveries, updates, withdrawals and acknowledgements. */
@RestController
class StreamController {

	private final StreamHub hub;

	StreamController(StreamHub hub) {
		this.hub = hub;
	}

	/**
	 * Server-Sent Events; each event's id is its ledger sequence number. Reconnecting with {@code Last-Event-ID}
	 * (or {@code ?lastEventId=} where a client cannot set headers) resumes exactly after it.
	 */
	@GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	void stream(Caller caller, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParameter,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String resume = (lastEventId != null) ? lastEventId : lastEventIdParameter;
		this.hub.connect(caller.member(), position(resume), request, response);
	}

	private static Long position(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			long position = DecimalNumber.parseWhole(lastEventId.trim());
			if (position < -1) {
				throw new NumberFormatException();
			}
			return position;
		}
		catch (NumberFormatException exception) {
			throw new InvalidRequestException("Last-Event-ID", "format", "must be a ledger sequence number");
		}
	}

}

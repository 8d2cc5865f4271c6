package org.entente.dissemination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * One POST to a webhook endpoint as Standard Webhooks specifies it: {@code webhook-id} (stable across retries,
 * for the receiver's de-duplication), {@code webhook-timestamp} (seconds) and {@code webhook-signature}
 * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} keyed with the base64 part of the {@code whsec_}
 * secret. Redirects are not followed and the answer's body is never read, so a receiver cannot steer or
 * flood the centre.
 */
@Component
class WebhookSender {

	private final HttpClient client;

	private final WebhookSettings settings;

	WebhookSender(WebhookSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The receiver's status code; an exception when it could not be reached in time. */
	int send(URI url, String id, String secret, String payload) throws IOException, InterruptedException {
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Entente-Webhooks/1")
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", signature(secret, id, timestamp, payload))
			.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
			.build();
		HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		response.body().close();
		return response.statusCode();
	}

	static String signature(String secret, String id, long timestamp, String payload) {
		try {
			byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signed = mac.doFinal((id + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signed);
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", exception);
		}
	}

}

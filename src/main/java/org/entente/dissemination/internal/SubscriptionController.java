package org.entente.dissemination.internal;

import java.util.List;
import java.util.UUID;

import org.entente.dissemination.internal.SubscriptionRepository.Notification;
import org.entente.dissemination.internal.SubscriptionRepository.Subscription;
import org.entente.members.Caller;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions and the notifications they raise. */
@RestController
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final JsonMapper json;

	SubscriptionController(Subscriptions subscriptions, JsonMapper json) {
		this.subscriptions = subscriptions;
		this.json = json;
	}

	@PostMapping("/api/v1/subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	Subscription subscribe(Caller caller, @RequestBody NewSubscription request) {
		SubscriptionFilter filter = new SubscriptionFilter(request.bbox(), polygon(request.polygon()),
				request.categories(), request.originators(), request.keywords(), request.minimumReliability(),
				request.minimumCredibility());
		return this.subscriptions.subscribe(caller, request.name(), request.scope(), filter);
	}

	@GetMapping("/api/v1/subscriptions")
	Page<Subscription> subscriptions(Caller caller) {
		return new Page<>(this.subscriptions.subscriptions(caller), null);
	}

	@DeleteMapping("/api/v1/subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(Caller caller, @PathVariable UUID id) {
		this.subscriptions.unsubscribe(caller, id);
	}

	@GetMapping("/api/v1/notifications")
	Page<Notification> notifications(Caller caller, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer limit) {
		return new Page<>(this.subscriptions.notifications(caller, unread, Page.limit(limit)), null);
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(Caller caller, @PathVariable UUID id) {
		this.subscriptions.markRead(caller, id);
	}

	/** A GeoJSON Polygon object, reduced to its coordinates once its type is checked. */
	private List<List<List<Double>>> polygon(JsonNode polygon) {
		if (polygon == null || polygon.isNull()) {
			return null;
		}
		if (!"Polygon".equals(polygon.path("type").asString(""))) {
			throw new InvalidRequestException("polygon", "geojson", "must be a GeoJSON object of type Polygon");
		}
		try {
			return this.json.convertValue(polygon.path("coordinates"),
					this.json.getTypeFactory().constructType(new tools.jackson.core.type.TypeReference<List<List<List<Double>>>>() {
					}));
		}
		catch (RuntimeException exception) {
			throw new InvalidRequestException("polygon", "geojson", "coordinates must be rings of [longitude, latitude]");
		}
	}

	/** @param scope {@code user} (the default) or {@code member} (admins only) */
	record NewSubscription(String name, String scope, List<Double> bbox, JsonNode polygon, List<String> categories,
			List<String> originators, List<String> keywords, String minimumReliability, Integer minimumCredibility) {
	}

}

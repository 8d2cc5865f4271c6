package org.entente.dissemination.internal;

import java.util.UUID;

import org.entente.dissemination.internal.WebhookManagement.RegisteredWebhook;
import org.entente.dissemination.internal.WebhookRepository.DeadLetter;
import org.entente.dissemination.internal.WebhookRepository.Webhook;
import org.entente.members.Caller;
import org.entente.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member admin's webhook endpoints and their dead letters. */
@RestController
class WebhookController {

	private final WebhookManagement management;

	WebhookController(WebhookManagement management) {
		this.management = management;
	}

	@PostMapping("/api/v1/webhooks")
	@ResponseStatus(HttpStatus.CREATED)
	RegisteredWebhook register(Caller caller, @RequestBody NewWebhook request) {
		return this.management.register(caller, request.url());
	}

	@GetMapping("/api/v1/webhooks")
	Page<Webhook> webhooks(Caller caller) {
		return new Page<>(this.management.webhooks(caller), null);
	}

	@DeleteMapping("/api/v1/webhooks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(Caller caller, @PathVariable UUID id) {
		this.management.remove(caller, id);
	}

	@GetMapping("/api/v1/webhooks/{id}/dead-letters")
	Page<DeadLetter> deadLetters(Caller caller, @PathVariable UUID id) {
		return new Page<>(this.management.deadLetters(caller, id), null);
	}

	@PostMapping("/api/v1/webhooks/{id}/dead-letters/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void redeliver(Caller caller, @PathVariable UUID id, @PathVariable UUID deliveryId) {
		this.management.redeliver(caller, id, deliveryId);
	}

	record NewWebhook(String url) {
	}

}

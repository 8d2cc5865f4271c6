package org.entente.dissemination.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivate also admit plain http to loopback, for tests; never in production
 * @param retryBase the first retry's delay; each next one doubles it, with jitter, up to {@code retryCeiling}
 * @param retryCeiling the longest wait between two attempts
 * @param retryFor how long an event is retried before it goes to the dead letters
 * @param timeout connect and response timeout of one attempt
 * @param lease how long an attempt holds its event before another node may try it
 */
@ConfigurationProperties("entente.webhooks")
record WebhookSettings(@DefaultValue("false") boolean allowPrivate, @DefaultValue("5s") Duration retryBase,
		@DefaultValue("1h") Duration retryCeiling, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("10s") Duration timeout, @DefaultValue("60s") Duration lease) {
}

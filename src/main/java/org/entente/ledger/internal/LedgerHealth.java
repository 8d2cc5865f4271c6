package org.entente.ledger.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ledger} component of {@code /actuator/health}: DOWN, saying why, when the ledger failed its
 * integrity check or this node may not sign checkpoints.
 */
@Component("ledger")
class LedgerHealth implements HealthIndicator {

	private final LedgerIntegrity integrity;

	LedgerHealth(LedgerIntegrity integrity) {
		this.integrity = integrity;
	}

	@Override
	public Health health() {
		if (this.integrity.refusal().isPresent()) {
			return Health.down().withDetail("refusesWrites", this.integrity.refusal().get()).build();
		}
		if (this.integrity.signingRefusal().isPresent()) {
			return Health.down().withDetail("refusesSigning", this.integrity.signingRefusal().get()).build();
		}
		return Health.up().build();
	}

}

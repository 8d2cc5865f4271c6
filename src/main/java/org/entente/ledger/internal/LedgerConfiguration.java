package org.entente.ledger.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the periodic checkpoints. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LedgerConfiguration {

}

package org.entente.reports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maximumBodyLength the longest report body, in characters
 * @param maximumLocations the most locations one report may carry
 * @param sanitisationPrecisionMeters the grid that coordinates of sanitised releases are rounded to
 * @param bulkBatchSize how many bulk lines are stored per transaction
 */
@ConfigurationProperties("entente.reports")
record ReportSettings(@DefaultValue("100000") int maximumBodyLength, @DefaultValue("1000") int maximumLocations,
		@DefaultValue("1000") double sanitisationPrecisionMeters, @DefaultValue("500") int bulkBatchSize) {
}

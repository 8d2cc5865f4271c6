package org.entente.reports.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the map's waiting changes into its counts every second, so that the changes a map query adds up stay
 * few. Until then the map counts them as they are: folding changes how fast the map answers, never what.
 */
@Component
class MapCellFolding {

	private static final Logger log = LoggerFactory.getLogger(MapCellFolding.class);

	private final MapCells cells;

	MapCellFolding(MapCells cells) {
		this.cells = cells;
	}

	@Scheduled(initialDelayString = "PT1S", fixedDelayString = "${entente.map.fold-interval:PT1S}")
	void fold() {
		try {
			this.cells.fold();
		}
		catch (ConcurrencyFailureException exception) {
			// Another folding committed after this one's snapshot began; the next run folds what is left.
			log.debug("Map counts not folded this time: {}", exception.getMessage());
		}
	}

}

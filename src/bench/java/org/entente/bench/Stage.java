package org.entente.bench;

import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a scenario may use: the running application, its database, the members and the data so far.
 *
 * @param nominalSize the size this stage of the run is at, under which its figures are filed; the data set
 * itself grows a little past it, as submissions add reports
 */
record Stage(int nominalSize, AppProcess app, Api api, BenchDatabase database, Partners partners, DataSet dataSet,
		SyntheticReports reports, JsonMapper json, Progress progress) {

	int size() {
		return this.dataSet.size();
	}

}

package org.entente.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The centre's own settings ({@code entente.*}).
 *
 * @param dataDirectory where the embedded PostgreSQL and the centre's keys live
 * @param database an external PostgreSQL; when its URL is blank the embedded one is started
 * @param adminToken if set, a {@code CENTRE} admin holding exactly this token exists after start-up
 * @param demo seed the fictional demo on an empty database
 * @param limits request size limits
 */
@ConfigurationProperties("entente")
public record EntenteSettings(@Name("data-dir") @DefaultValue("./data") Path dataDirectory, @DefaultValue Database database,
		String adminToken, @DefaultValue("false") boolean demo, @DefaultValue Limits limits) {

	public record Database(String url, String user, String password) {

		public boolean external() {
			return url != null && !url.isBlank();
		}

	}

	/**
	 * @param requestBytes the largest request body in general
	 * @param bulkRequestBytes the largest NDJSON bulk upload
	 */
	public record Limits(@DefaultValue("10485760") long requestBytes,
			@DefaultValue("1073741824") long bulkRequestBytes) {
	}

}

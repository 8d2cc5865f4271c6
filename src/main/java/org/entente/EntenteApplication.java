package org.entente;

import java.util.Arrays;

import org.entente.ledger.verification.LedgerVerifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

	/**
	 * Starts the centre; or, given {@code verify ...}, runs a member's check of a centre's ledger and exits with
	 * its status, starting neither Spring nor a database.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && "verify".equals(args[0])) {
			System.exit(LedgerVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(EntenteApplication.class, args);
	}

}

package org.entente;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries, and their documentation in {@code docs/modules} is generated here. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(EntenteApplication.class);

	@Test
	void verifiesModularStructure() {
		this.modules.verify();
	}

	@Test
	void createModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation();
	}

}

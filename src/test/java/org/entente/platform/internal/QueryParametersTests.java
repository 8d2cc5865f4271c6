package org.entente.platform.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParametersTests {

	@Test
	void namesEachParameterWhoseValueIsNotUtf8() {
		assertThat(QueryParameters.undecodable("q=%ff&bbox=1,2,3,4&near=%C3%28&x=%E2%82%AC")).containsExactly("q", "near");
	}

	@Test
	void namesEachParameterWithAMalformedEscape() {
		assertThat(QueryParameters.undecodable("a=%zz&b=%4&c=%&d=100%25")).containsExactly("a", "b", "c");
	}

	@Test
	void givesAnUndecodableNameAsItWasSent() {
		assertThat(QueryParameters.undecodable("%ff=1&q%C3%A9=%ff")).containsExactly("%ff", "qé");
	}

	@Test
	void aWellFormedQueryHasNone() {
		assertThat(QueryParameters.undecodable("q=caf%C3%A9+cr%C3%A8me&flag&=&limit=5")).isEmpty();
		assertThat(QueryParameters.undecodable(null)).isEmpty();
		assertThat(QueryParameters.undecodable("")).isEmpty();
	}

}

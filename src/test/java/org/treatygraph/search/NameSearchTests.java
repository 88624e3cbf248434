package org.treatygraph.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSearchTests {

	@Test
	void shouldFoldAccentsAndCaseAndRequireEveryWordAsAPrefix() {
		assertThat(NameSearch.prefixQuery("Díaz-Canel")).isEqualTo("diaz* AND canel*");
	}

	@Test
	void shouldDropWordsTheIndexDoesNotKeep() {
		assertThat(NameSearch.prefixQuery("Ministry of the Foreign")).isEqualTo("ministry* AND foreign*");
	}

	@Test
	void shouldNeverPassLuceneSyntaxThrough() {
		assertThat(NameSearch.prefixQuery("name:x OR (y~2)^3 \"z\""))
			.isEqualTo("name* AND x* AND y* AND 2* AND 3* AND z*");
	}

	@Test
	void shouldHaveNoQueryForTextWithoutWords() {
		assertThat(NameSearch.prefixQuery(" -- ")).isNull();
		assertThat(NameSearch.prefixQuery(null)).isNull();
	}

}

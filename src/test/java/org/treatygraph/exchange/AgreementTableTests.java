package org.treatygraph.exchange;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreements table as a spreadsheet saves it, read into Treatygraph lines: a line per
 * row, the header's line first, and a refusal with its reason wherever a row cannot be
 * read.
 */
@DisplayName("An agreements table read into lines")
class AgreementTableTests {

	private static final String HEADER = "title,kind,parties,quote,source_title";

	private static List<String> lines(String table) {
		return AgreementTable.asLines(new BufferedReader(new StringReader(table))).lines().toList();
	}

	@Test
	@DisplayName("a table saved as 'CSV UTF-8' starts with a byte order mark, which is not part of the first column's name")
	void shouldReadAHeaderAfterAByteOrderMark() {
		List<String> lines = lines("\uFEFF" + HEADER + "\nSolar memorandum,MEMORANDUM,BR;CN,signed,Report\n");
		assertThat(lines.get(0)).isEmpty();
		assertThat(lines.get(1)).contains("\"record\":\"createAgreement\"", "\"title\":\"Solar memorandum\"");
	}

	@Test
	@DisplayName("a misspelt, missing or repeated column refuses the header on line 1, and each row says it was not read")
	void shouldRefuseAHeaderItCannotRead() {
		List<String> lines = lines(
				"title,kind,parties,quote,souce_url,title\nSolar memorandum,MEMORANDUM,BR;CN,signed,https://example.org,again\n");
		assertThat(lines.get(0)).contains("\"refused\"", "the header names souce_url, which the table does not take",
				"it takes title, kind, parties, quote, source_url", "the header names title twice");
		assertThat(lines.get(1)).contains("not read: the header on line 1 is refused");
		assertThat(lines("title,kind,quote,source_url\n").getFirst()).contains("the header lacks parties");
		assertThat(lines(HEADER + ",\n").getFirst()).contains("the header names a column without a name");
	}

	@Test
	@DisplayName("a table whose columns are separated by semicolons is refused with that reason, not with every column missing")
	void shouldTellASemicolonSeparatedTable() {
		assertThat(lines("title;kind;parties;quote;source_title\nX;MEMORANDUM;BR,CN;q;s\n").getFirst())
			.contains("separated by ';': this table takes ','");
	}

	@Test
	@DisplayName("a row with fewer or more cells than the header has columns is refused, naming both counts")
	void shouldRefuseARowOfTheWrongWidth() {
		List<String> lines = lines(HEADER + "\nShort accord,MEMORANDUM\nLong accord,MEMORANDUM,BR;CN,q,s,extra\n");
		assertThat(lines.get(1)).contains("the row has 2 cells where the header names 5 columns");
		assertThat(lines.get(2)).contains("the row has 6 cells where the header names 5 columns");
	}

}

package org.treatygraph.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What an export keeps to, as the command line and the HTTP parameters give it. */
@DisplayName("An export's filter")
class ExportFilterTests {

	@Test
	@DisplayName("a two- or three-letter code names a country, anything else an organisation, by its id or global id")
	void shouldTellACountryFromAnOrganization() {
		assertThat(ExportFilter.of("cu", null, null)).isEqualTo(new ExportFilter("CU", null, null, null));
		assertThat(ExportFilter.of("org-ndb", null, null)).isEqualTo(new ExportFilter(null, "org-ndb", null, null));
		assertThat(ExportFilter.of(GlobalId.encode(NodeType.ORGANIZATION, "org-ndb"), null, null).organization())
			.isEqualTo("org-ndb");
		assertThat(ExportFilter.of(null, " 2025-11 ", "2026").anchored()).isFalse();
		assertThat(ExportFilter.of(null, null, null).whole()).isTrue();
	}

	@Test
	@DisplayName("a malformed date, an empty range or a blank anchor is refused, naming each parameter")
	void shouldRefuseWhatIsNotAFilter() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExportFilter.of(null, "2025-13", "last week"))
			.withMessageContaining("from: '2025-13' is not a date")
			.withMessageContaining("to: 'last week' is not a date");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportFilter.of(null, "2026", "2025"))
			.withMessage("from: '2026' is after to: '2025'");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportFilter.of(" ", null, null))
			.withMessageStartingWith("involving:");
	}

	@Test
	@DisplayName("the export command takes the filters from its options and passes the rest to Spring")
	void shouldReadTheFiltersFromTheCommandLine() {
		ExchangeCommand.Arguments arguments = ExchangeCommand.Arguments.of(new String[] { "export", "--involving=CU",
				"--from=2026", "--treatygraph.migrations.seed=false", "graph.jsonl" });
		assertThat(arguments.operands()).containsExactly("graph.jsonl");
		assertThat(arguments.filter()).isEqualTo(Map.of("involving", List.of("CU"), "from", List.of("2026")));
		assertThat(arguments.springOptions()).containsExactly("--treatygraph.migrations.seed=false");
		assertThat(ExchangeCommand.commandSettings(new String[] { "--server.port=9000", "--x.y=1" }))
			.as("a command serves no port and plans no questions, whatever the settings say")
			.containsExactly("--server.port=-1", "--treatygraph.warmup.enabled=false", "--x.y=1");
	}

	@Test
	@DisplayName("a file the command cannot read or write is named before the database starts")
	void shouldNameAnUnusableFileAtOnce(@TempDir Path directory) throws Exception {
		Path lines = Files.writeString(directory.resolve("graph.jsonl"), "");
		assertThat(ExchangeCommand.unusableFile(true, List.of(lines.toString()))).isNull();
		assertThat(ExchangeCommand.unusableFile(true, List.of(directory.resolve("missing.jsonl").toString())))
			.endsWith("missing.jsonl: no file to read there");
		assertThat(ExchangeCommand.unusableFile(true, List.of(directory.toString())))
			.endsWith(": no file to read there");
		assertThat(ExchangeCommand.unusableFile(false, List.of(directory.resolve("out.jsonl").toString()))).isNull();
		assertThat(ExchangeCommand.unusableFile(false, List.of(directory.resolve("no/such/out.jsonl").toString())))
			.endsWith("out.jsonl: no directory to write it in");
		assertThat(ExchangeCommand.unusableFile(false, List.of())).as("standard output").isNull();
	}

	@Test
	@DisplayName("a misspelt or repeated filter is refused, on the command line as over HTTP, and Spring keeps its dotted settings and --debug")
	void shouldRefuseAFilterItDoesNotTakeOrTakesTwice() {
		ExchangeCommand.Arguments arguments = ExchangeCommand.Arguments.of(new String[] { "export", "--involvng=CU",
				"--from=2025", "--from=2026", "--debug", "--to", "out.jsonl" });
		assertThat(arguments.springOptions()).containsExactly("--debug");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportFilter.of(arguments.filter()))
			.withMessageContaining("involvng: not a filter of the export, which takes involving, from and to")
			.withMessageContaining("from: given 2 times (2025, 2026); an export keeps to one range of dates")
			.withMessageContaining("to: '' is not a date");
	}

}

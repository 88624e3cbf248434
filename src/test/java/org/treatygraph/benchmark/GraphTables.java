package org.treatygraph.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A whole graph written as the CSV tables Neo4j's offline importer reads: for each set of
 * labels a table of its nodes, for each relationship type a table of its relationships,
 * each with a header naming every property and its type. Nodes keep their element ids as
 * import ids. Read twice: once for the columns, once for the rows.
 */
final class GraphTables {

	/** Between the elements of an array value: a character no text of the graph holds. */
	static final char ARRAY_DELIMITER = '\u001F';

	private static final String NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties
			""";

	private final List<String> nodeFiles;

	private final List<String> relationshipFiles;

	private final long nodes;

	private final long relationships;

	private GraphTables(List<String> nodeFiles, List<String> relationshipFiles, long nodes, long relationships) {
		this.nodeFiles = nodeFiles;
		this.relationshipFiles = relationshipFiles;
		this.nodes = nodes;
		this.relationships = relationships;
	}

	/** The graph the driver reaches, written into {@code directory}. */
	static GraphTables write(Driver driver, Path directory) throws IOException {
		Files.createDirectories(directory);
		Map<String, Columns> nodeColumns = new TreeMap<>();
		Map<String, Columns> relationshipColumns = new TreeMap<>();
		read(driver, NODES, row -> nodeColumns.computeIfAbsent(labels(row), key -> new Columns())
			.add(row.get("properties").asMap()));
		read(driver, RELATIONSHIPS,
				row -> relationshipColumns.computeIfAbsent(row.get("type").asString(), key -> new Columns())
					.add(row.get("properties").asMap()));
		Tables nodeTables = new Tables(directory, "nodes", nodeColumns, ":ID", ":LABEL");
		Tables relationshipTables = new Tables(directory, "relationships", relationshipColumns, ":START_ID,:END_ID",
				":TYPE");
		long[] counts = new long[2];
		try (nodeTables) {
			read(driver, NODES, row -> {
				// a set of labels names its table and is the row's label column
				String labels = labels(row);
				nodeTables.row(labels, List.of(row.get("id").asString()), row.get("properties").asMap(), labels);
				counts[0]++;
			});
		}
		try (relationshipTables) {
			read(driver, RELATIONSHIPS, row -> {
				String type = row.get("type").asString();
				relationshipTables.row(type, List.of(row.get("start").asString(), row.get("end").asString()),
						row.get("properties").asMap(), type);
				counts[1]++;
			});
		}
		return new GraphTables(nodeTables.files(), relationshipTables.files(), counts[0], counts[1]);
	}

	/** The importer's arguments naming these tables. */
	List<String> importArguments() {
		List<String> arguments = new ArrayList<>();
		this.nodeFiles.forEach(file -> arguments.add("--nodes=" + file));
		this.relationshipFiles.forEach(file -> arguments.add("--relationships=" + file));
		return arguments;
	}

	long nodes() {
		return this.nodes;
	}

	long relationships() {
		return this.relationships;
	}

	private static void read(Driver driver, String statement, Consumer<Record> rows) {
		try (var session = driver.session()) {
			session.executeRead(tx -> {
				tx.run(statement).stream().forEach(rows);
				return null;
			});
		}
	}

	private static String labels(Record row) {
		return row.get("labels")
			.asList(value -> value.asString())
			.stream()
			.sorted()
			.collect(Collectors.joining(String.valueOf(ARRAY_DELIMITER)));
	}

	/**
	 * The properties one table's rows hold, each with the importer's name of its type.
	 */
	private static final class Columns {

		private final Map<String, String> types = new TreeMap<>();

		void add(Map<String, Object> properties) {
			properties.forEach((key, value) -> {
				String type = typeOf(key, value);
				String earlier = this.types.putIfAbsent(key, type);
				if (earlier != null && !earlier.equals(type)) {
					throw new IllegalStateException("property %s is both %s and %s".formatted(key, earlier, type));
				}
			});
		}

		private static String typeOf(String key, Object value) {
			return switch (value) {
				case String text -> "string";
				case Long number -> "long";
				case Double number -> "double";
				case Boolean flag -> "boolean";
				case ZonedDateTime moment -> "datetime";
				case OffsetDateTime moment -> "datetime";
				case LocalDate day -> "date";
				case List<?> list when list.isEmpty() -> "string[]";
				case List<?> list -> typeOf(key, list.getFirst()) + "[]";
				default -> throw new IllegalStateException(
						"property %s holds a %s, which the tables do not write".formatted(key, value.getClass()));
			};
		}

	}

	/** One file per table, its header first. */
	private static final class Tables implements AutoCloseable {

		private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

		private final Map<String, List<String>> keys = new LinkedHashMap<>();

		private final List<String> files = new ArrayList<>();

		Tables(Path directory, String kind, Map<String, Columns> tables, String idColumns, String nameColumn)
				throws IOException {
			int index = 0;
			for (var table : tables.entrySet()) {
				Path file = directory.resolve(kind + "-" + index++ + ".csv");
				BufferedWriter writer = Files.newBufferedWriter(file);
				List<String> names = new ArrayList<>(table.getValue().types.keySet());
				StringBuilder header = new StringBuilder(idColumns);
				names.forEach(
						name -> header.append(',').append(name).append(':').append(table.getValue().types.get(name)));
				writer.write(header.append(',').append(nameColumn).append('\n').toString());
				this.writers.put(table.getKey(), writer);
				this.keys.put(table.getKey(), names);
				this.files.add(file.toString());
			}
		}

		void row(String table, List<String> ids, Map<String, Object> properties, String name) {
			StringBuilder row = new StringBuilder();
			ids.forEach(id -> row.append(quoted(id)).append(','));
			for (String key : this.keys.get(table)) {
				Object value = properties.get(key);
				if (value != null) {
					row.append(quoted(text(value)));
				}
				row.append(',');
			}
			row.append(quoted(name)).append('\n');
			try {
				this.writers.get(table).write(row.toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		List<String> files() {
			return this.files;
		}

		@Override
		public void close() throws IOException {
			for (BufferedWriter writer : this.writers.values()) {
				writer.close();
			}
		}

		private static String text(Object value) {
			return switch (value) {
				case ZonedDateTime moment -> moment.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				case OffsetDateTime moment -> moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				case List<?> list ->
					list.stream().map(Tables::text).collect(Collectors.joining(String.valueOf(ARRAY_DELIMITER)));
				default -> String.valueOf(value);
			};
		}

		private static String quoted(String text) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}

	}

}

package org.treatygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents the tests ask by name ({@code graphql-test/*.graphql}) are checked
 * against the schema without a running service: a field renamed or removed fails here,
 * naming the document, rather than as a puzzling error in a test that happened to use it.
 * A document no test names any more is found too. The one-line documents a test writes
 * beside its assertion, and those it keeps in a constant, are checked the same way, named
 * by file and line; only documents assembled at run time are left to the test that sends
 * them.
 */
@DisplayName("The tests' GraphQL documents")
class TestDocumentsTests {

	/**
	 * A document given whole to {@code document(…)}: a string literal, or a constant's
	 * name.
	 */
	private static final Pattern DOCUMENT_CALL = Pattern
		.compile("\\.document\\(\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Z][A-Z0-9_]*))\\s*\\)");

	/** A string constant, one line or a text block. */
	private static final Pattern STRING_CONSTANT = Pattern.compile(
			"static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|\"\"\"\\s*\\n(.*?)\"\"\")\\s*;",
			Pattern.DOTALL);

	private static GraphQLSchema schema;

	private static Map<String, String> documents;

	@BeforeAll
	static void readSchemaAndDocuments() throws IOException {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		for (Resource file : resources("classpath*:graphql/*.graphqls", "classpath*:graphql-probes/*.graphqls")) {
			types.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
		documents = new TreeMap<>();
		for (Resource file : resources("classpath*:graphql-test/**/*.graphql")) {
			String path = file.getURL().getPath();
			String name = path.substring(path.indexOf("graphql-test/") + "graphql-test/".length(),
					path.length() - ".graphql".length());
			documents.put(name, file.getContentAsString(StandardCharsets.UTF_8));
		}
	}

	@Test
	@DisplayName("each one is valid against the schema the service serves")
	void shouldValidateEachDocumentAgainstTheSchema() {
		List<String> invalid = new ArrayList<>();
		documents.forEach((name, text) -> {
			List<ValidationError> errors = new Validator().validateDocument(schema, Parser.parse(text), Locale.ENGLISH);
			errors.forEach((error) -> invalid.add(name + ": " + error.getMessage()));
		});
		assertThat(documents).as("documents found").hasSizeGreaterThan(40);
		assertThat(invalid).isEmpty();
	}

	@Test
	@DisplayName("each one is asked by some test")
	void shouldNameEachDocumentInSomeTest() throws IOException {
		StringBuilder tests = new StringBuilder();
		try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				tests.append(Files.readString(source));
			}
		}
		assertThat(documents.keySet()).as("documents no test names")
			.allMatch((name) -> tests.indexOf('"' + name + '"') >= 0);
	}

	@Test
	@DisplayName("each one written into a test's code, or kept in its constant, is valid too")
	void shouldValidateEachInlineDocumentAgainstTheSchema() throws IOException {
		List<String> invalid = new ArrayList<>();
		int found = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				String code = Files.readString(source);
				Map<String, String> constants = new TreeMap<>();
				Matcher constant = STRING_CONSTANT.matcher(code);
				while (constant.find()) {
					constants.put(constant.group(1),
							(constant.group(2) != null) ? constant.group(2) : constant.group(3).stripIndent());
				}
				Matcher call = DOCUMENT_CALL.matcher(code);
				while (call.find()) {
					String text = (call.group(1) != null) ? call.group(1) : constants.get(call.group(2));
					if (text == null) {
						continue;
					}
					found++;
					String where = source.getFileName() + ":" + lineOf(code, call.start());
					try {
						new Validator().validateDocument(schema, Parser.parse(text.translateEscapes()), Locale.ENGLISH)
							.forEach((error) -> invalid.add(where + ": " + error.getMessage()));
					}
					catch (InvalidSyntaxException ex) {
						invalid.add(where + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(found).as("documents found in the tests' code").isGreaterThan(100);
		assertThat(invalid).isEmpty();
	}

	private static int lineOf(String code, int offset) {
		return (int) code.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

	private static List<Resource> resources(String... patterns) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> found = new ArrayList<>();
		for (String pattern : patterns) {
			found.addAll(List.of(resolver.getResources(pattern)));
		}
		return found;
	}

}

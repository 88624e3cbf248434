package org.treatygraph.system.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script at semicolons that end a statement, leaving those inside strings
 * and comments alone.
 */
final class CypherStatements {

	private CypherStatements() {
	}

	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		char quote = 0;
		boolean lineComment = false;
		for (int i = 0; i < script.length(); i++) {
			char c = script.charAt(i);
			char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
			if (lineComment) {
				if (c == '\n') {
					lineComment = false;
					current.append(c);
				}
				continue;
			}
			if (quote != 0) {
				current.append(c);
				if (c == '\\') {
					current.append(next);
					i++;
				}
				else if (c == quote) {
					quote = 0;
				}
				continue;
			}
			if (c == '/' && next == '/') {
				lineComment = true;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			if (c == ';') {
				addIfNotBlank(statements, current);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		addIfNotBlank(statements, current);
		return statements;
	}

	private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
		String text = statement.toString().strip();
		if (!text.isEmpty()) {
			statements.add(text);
		}
	}

}

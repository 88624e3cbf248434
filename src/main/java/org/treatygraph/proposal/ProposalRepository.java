package org.treatygraph.proposal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.treatygraph.node.GlobalId;
import org.treatygraph.node.NodeFetcher;
import org.treatygraph.node.NodeType;
import org.treatygraph.proposal.Gazetteer.Kind;
import org.treatygraph.proposal.Gazetteer.Name;
import org.treatygraph.system.Batches;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The proposal feature's Cypher: the names the graph knows, and the proposals kept. */
@Repository
class ProposalRepository implements NodeFetcher {

	private static final String COUNTRIES = """
			MATCH (c:Country) RETURN c.code AS code, c.name AS name, coalesce(c.aliases, []) AS aliases
			""";

	private static final String ORGANIZATIONS = """
			MATCH (o:Organization) WHERE NOT o:Retracted
			RETURN o.id AS id, o.name AS name, o.acronym AS acronym, coalesce(o.aliases, []) AS aliases,
			       [(o)-[:PART_OF*0..3]->()-[:BASED_IN]->(c:Country) | c.code][0] AS country
			""";

	/** People with the post they hold now, or last held, and its country. */
	private static final String PEOPLE = """
			MATCH (p:Person) WHERE NOT p:Retracted
			OPTIONAL CALL (p) {
			  MATCH (p)<-[:HOLDER]-(t:Tenure)-[:WITHIN]->(x) WHERE NOT t:Retracted
			  RETURN t.post AS post,
			         CASE WHEN x:Country THEN x.code ELSE [(x)-[:PART_OF*0..3]->()-[:BASED_IN]->(c:Country) | c.code][0] END AS country
			  ORDER BY t.end IS NULL DESC, t.start DESC LIMIT 1
			}
			RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, post, country
			""";

	private static final String PLACES = """
			MATCH (p:Place) WHERE NOT p:Retracted RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
			""";

	private static final String SOURCE = """
			MATCH (s:Source {id: $key}) WHERE NOT s:Retracted
			RETURN s.text AS text, s.published AS published
			""";

	/** A reading replaces the pending proposals of its source; decided ones stay. */
	private static final String REPLACE_PENDING = """
			MATCH (p:Proposal {sourceKey: $sourceKey, status: 'PENDING'}) DETACH DELETE p
			""";

	private static final String STORE = """
			MATCH (s:Source {id: $sourceKey})
			UNWIND $proposals AS proposal
			CREATE (p:Proposal) SET p = proposal, p.sourceKey = $sourceKey, p.status = 'PENDING',
			       p.createdAt = datetime.transaction(), p.createdBy = $by
			CREATE (p)-[:PROPOSED_FROM]->(s)
			""";

	private static final String OF_SOURCE = """
			MATCH (p:Proposal {sourceKey: $sourceKey}) WHERE $filter.status IS NULL OR p.status = $filter.status
			RETURN p {.*} AS node ORDER BY p.ordinal
			""";

	private static final String BY_KEYS = """
			MATCH (p:Proposal) WHERE p.id IN $keys RETURN p {.*} AS node
			""";

	private static final String DECIDE = """
			MATCH (p:Proposal {id: $key})
			SET p.status = $status, p.resultId = $resultId, p.decidedBy = $by, p.decidedAt = datetime.transaction(),
			    p.reason = $reason, p.input = coalesce($input, p.input)
			""";

	private final Neo4jClient neo4j;

	ProposalRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Every name the graph knows, with the demonyms of the countries. */
	Gazetteer gazetteer() {
		List<Name> names = new ArrayList<>();
		Map<String, String> countryNames = new HashMap<>();
		this.neo4j.query(COUNTRIES).fetch().all().forEach(row -> {
			String code = (String) row.get("code");
			countryNames.put(code, (String) row.get("name"));
			names.add(new Name((String) row.get("name"), Kind.COUNTRY, code, code, null));
			strings(row.get("aliases")).forEach(alias -> names.add(new Name(alias, Kind.COUNTRY, code, code, null)));
		});
		demonyms().forEach((demonym, code) -> names.add(new Name(demonym, Kind.COUNTRY, code, code, null)));
		this.neo4j.query(ORGANIZATIONS).fetch().all().forEach(row -> {
			String id = GlobalId.encode(NodeType.ORGANIZATION, (String) row.get("id"));
			String country = (String) row.get("country");
			names.add(new Name((String) row.get("name"), Kind.ORGANIZATION, id, country, null));
			if (row.get("acronym") != null) {
				names.add(new Name((String) row.get("acronym"), Kind.ORGANIZATION, id, country, null));
			}
			strings(row.get("aliases"))
				.forEach(alias -> names.add(new Name(alias, Kind.ORGANIZATION, id, country, null)));
		});
		this.neo4j.query(PEOPLE).fetch().all().forEach(row -> {
			String id = GlobalId.encode(NodeType.PERSON, (String) row.get("id"));
			String country = (String) row.get("country");
			String post = (String) row.get("post");
			names.add(new Name((String) row.get("name"), Kind.PERSON, id, country, post));
			strings(row.get("aliases")).forEach(alias -> names.add(new Name(alias, Kind.PERSON, id, country, post)));
		});
		this.neo4j.query(PLACES).fetch().all().forEach(row -> {
			String id = GlobalId.encode(NodeType.PLACE, (String) row.get("id"));
			names.add(new Name((String) row.get("name"), Kind.PLACE, id, null, null));
			strings(row.get("aliases")).forEach(alias -> names.add(new Name(alias, Kind.PLACE, id, null, null)));
		});
		return new Gazetteer(names, countryNames);
	}

	/** The source's text and publication date (as stored), or null when it has none. */
	@Nullable Map<String, Object> source(String key) {
		return this.neo4j.query(SOURCE).bind(key).to("key").fetch().one().orElse(null);
	}

	void replacePending(String sourceKey, List<Map<String, Object>> proposals, String by) {
		this.neo4j.query(REPLACE_PENDING).bind(sourceKey).to("sourceKey").run();
		this.neo4j.query(STORE).bindAll(Map.of("sourceKey", sourceKey, "proposals", proposals, "by", by)).run();
	}

	List<Proposal> ofSource(String sourceKey, @Nullable String status) {
		// the status in a map: a list with and one without it share a plan
		Map<String, @Nullable Object> filter = new HashMap<>();
		filter.put("status", status);
		return List.copyOf(this.neo4j.query(OF_SOURCE)
			.bindAll(Map.of("sourceKey", sourceKey, "filter", filter))
			.fetchAs(Proposal.class)
			.mappedBy((types, row) -> Proposal.from(row.get("node")))
			.all());
	}

	Proposal fetchOne(String key) {
		return this.neo4j.query(BY_KEYS)
			.bind(List.of(key))
			.to("keys")
			.fetchAs(Proposal.class)
			.mappedBy((types, row) -> Proposal.from(row.get("node")))
			.one()
			.orElseThrow();
	}

	void decide(String key, String status, @Nullable String resultId, @Nullable String reason, @Nullable String input,
			String by) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("status", status);
		parameters.put("resultId", resultId);
		parameters.put("reason", reason);
		parameters.put("input", input);
		parameters.put("by", by);
		this.neo4j.query(DECIDE).bindAll(parameters).run();
	}

	@Override
	public Map<NodeType, Function<Collection<String>, Map<String, ?>>> fetchers() {
		return Map.of(NodeType.PROPOSAL,
				keys -> Batches.byKeys(this.neo4j, BY_KEYS, keys, Proposal::from, Proposal::key));
	}

	private static List<String> strings(@Nullable Object values) {
		List<String> strings = new ArrayList<>();
		if (values instanceof List<?> list) {
			list.forEach(value -> strings.add((String) value));
		}
		return strings;
	}

	/** Demonym to ISO code, from {@code proposal/demonyms.tsv}. */
	private static Map<String, String> demonyms() {
		Map<String, String> demonyms = new HashMap<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("proposal/demonyms.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
				String[] fields = line.split("\t");
				for (int i = 1; i < fields.length; i++) {
					demonyms.put(fields[i].strip(), fields[0].strip());
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return demonyms;
	}

}

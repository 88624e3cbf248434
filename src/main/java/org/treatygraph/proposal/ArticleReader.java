package org.treatygraph.proposal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.treatygraph.proposal.Gazetteer.Kind;
import org.treatygraph.proposal.Gazetteer.Mention;

/**
 * Reads a news article sentence by sentence and proposes the facts it states: agreements
 * signed, concluded, announced or ratified, with their parties and date; who signed them;
 * memberships joined, with their kind; posts held. Entities are recognised by the names
 * the graph knows ({@link Gazetteer}), new people by the title before their name. Dates
 * are taken only as the text gives them: an absolute date with its precision, or a
 * relative one ("yesterday") against the publication date when it is known; otherwise the
 * date is left unknown with the phrase as its note. It never invents a date.
 */
final class ArticleReader {

	private static final String NOUNS = "agreements?|memorand(?:um|a|ums)|plans?|accords?|treat(?:y|ies)|protocols?"
			+ "|conventions?|declarations?|roadmaps?|deals?";

	private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
			+ "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

	/** An agreement named by its title: capitalised words ending in its noun. */
	private static final Pattern TITLED = Pattern.compile("((?:\\p{Lu}[\\p{L}’'\\-–]*\\s+){0,6}?"
			+ "(?:Plan|Agreement|Memorandum(?: of Understanding)?|Accord|Treaty|Protocol|Convention|Declaration|Roadmap)"
			+ "(?:\\s+(?:on|of|for|between)\\s+(?:(?:\\p{Lu}[\\p{L}’'\\-–]*|and|the)\\s*)+)?)");

	/** An agreement described: "a memorandum on artificial intelligence". */
	private static final Pattern DESCRIBED = Pattern
		.compile("\\b(?:a|an|the|two|three|new|other|further)\\s+(?:new\\s+)?((?:[\\p{Ll}\\-]+\\s+)?(?:" + NOUNS
				+ "))\\s+(on|between|for|of|to)\\s+"
				+ "((?:(?!\\s(?:to|that|which|was|were|is|are|will|would|in|at|during|signed|last|this|yesterday"
				+ "|today|tomorrow|on\\s+(?:\\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + MONTHS
				+ "))\\b)[^,.;:])+)", Pattern.CASE_INSENSITIVE);

	/**
	 * An agreement named only by what it is about: "a trade agreement", "an extradition
	 * treaty"; a word that says nothing of the subject ("a new agreement") does not do.
	 */
	private static final Pattern NAMED_BY_SUBJECT = Pattern.compile("\\b(?:a|an)\\s+(?:new\\s+)?"
			+ "((?!(?:new|further|other|bilateral|similar|separate|major|landmark|historic|formal|final|draft|"
			+ "preliminary|possible|broad|wide|joint|first|second)\\s)\\p{Ll}[\\p{Ll}\\-]{2,}\\s+(?:agreement|accord|"
			+ "memorandum|treaty|protocol|convention|deal|roadmap))\\b");

	private static final Pattern NOUN = Pattern.compile("\\b(" + NOUNS + ")\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will(?:\\s+\\w+)?\\s+be\\s+signed|will\\s+sign|to\\s+sign|plan(?:s|ned)?\\s+to|expected\\s+to|"
					+ "announced|agreed\\s+to\\s+(?:negotiate|prepare|draft)|are\\s+to\\s+be\\s+signed)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SIGNED = Pattern.compile("\\b(?:signed|sign|signing|inked)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONCLUDED = Pattern.compile("\\b(?:concluded|reached|struck|sealed|clinched)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RATIFIED = Pattern.compile("\\bratifie[ds]\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern IN_FORCE = Pattern.compile("\\b(?:entered|enters|came)\\s+into\\s+force\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern JOINED = Pattern.compile(
			"\\b(?:joined|joins|has\\s+joined|became\\s+(?:a\\s+|an\\s+)?(?:full\\s+)?(?:\\p{Lu}\\w*\\s+)?(?:member|partner|observer)|"
					+ "becomes\\s+(?:a\\s+|an\\s+)?(?:full\\s+)?(?:member|partner|observer)|accession\\s+to|"
					+ "admitted\\s+(?:as\\s+\\w+\\s+)?(?:to|into)|was\\s+accepted\\s+as|granted\\s+(?:\\w+\\s+)?status)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The body joined, right after the joining, when the graph does not know it: "…
	 * became an observer of the Pacific Alliance", "… joined the Eurasian Economic
	 * Union".
	 */
	private static final Pattern NEW_BODY = Pattern.compile("\\s+(?:(?:of|to|into|in)\\s+)?the\\s+(\\p{Lu}[\\p{L}\\-]+"
			+ "(?:\\s+(?:(?:of|for|and|on)\\s+)?\\p{Lu}[\\p{L}\\-]+){1,6})");

	private static final Pattern TWO_NATIONS = Pattern.compile(
			"\\b(?:the\\s+two\\s+(?:nations|countries|sides|governments)|both\\s+(?:nations|countries|sides)|bilateral)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words a name carries in lower case between its parts: "Alberto van Klaveren", "Luiz
	 * Inácio Lula da Silva", "Faisal bin Farhan".
	 */
	private static final String NAME_PARTICLES = "(?:van|von|de|der|den|del|della|da|das|do|dos|du|la|le|bin|ibn|al|ter|zu)";

	/**
	 * A post before a person's name: "Cuban Ambassador Rodolfo Reyes Rodríguez", "Saudi
	 * Investment Minister Khalid Al-Falih".
	 */
	private static final Pattern POST_AND_NAME = Pattern.compile("((?:Deputy\\s+|Vice\\s+|First\\s+)?"
			+ "(?:Foreign\\s+Minister|Prime\\s+Minister|Minister\\s+of\\s+(?:\\p{Lu}\\p{L}+\\s+)*?\\p{Lu}\\p{L}+|"
			+ "(?:\\p{Lu}\\p{L}+\\s+)?Minister|President|Ambassador|Chancellor|King|Emir|Secretary\\s+of\\s+State|"
			+ "Secretary-General|Vice\\s+President|Foreign\\s+Secretary))\\s+((?:\\p{Lu}[\\p{L}\\-]+\\s+(?:"
			+ NAME_PARTICLES + "\\s+){0,2}){1,3}\\p{Lu}[\\p{L}\\-]+)");

	private static final Pattern ABSOLUTE_DAY = Pattern.compile(
			"\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)"
					+ "(?:,)?\\s+(\\d{4})\\b|\\b(January|February|March|April|May|June|July|August|September|October|"
					+ "November|December)\\s+(\\d{1,2}),\\s+(\\d{4})\\b|\\b(\\d{4}-\\d{2}-\\d{2})\\b");

	private static final Pattern ABSOLUTE_MONTH = Pattern.compile(
			"\\b(?:in|during|since|from|by)\\s+(January|February|March|April|May|June|July|August|September|October|"
					+ "November|December)\\s+(\\d{4})\\b");

	private static final Pattern ABSOLUTE_YEAR = Pattern.compile("\\b(?:in|since|from)\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern RELATIVE = Pattern
		.compile("\\b(yesterday|today|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\\s+week|"
				+ "(?:two|three|\\d+)\\s+(?:days|weeks)\\s+ago|this\\s+week|(?:earlier\\s+)?this\\s+(?:month|year)|"
				+ "earlier\\s+this\\s+week|last\\s+(?:month|year))\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "HANOI, March 12, 2025 — ", "MOSCOW (AP) — ", "Havana, 12 March (Reuters) - ":
	 * where and when the report was filed, not when what it reports happened. A city in
	 * capitals stands alone; one written like a name needs a date or an agency after it.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("^(?:\\p{Lu}{2}[\\p{Lu}.'\\-]*(?:\\s+\\p{Lu}{2}[\\p{Lu}.'\\-]*){0,2}|"
				+ "\\p{Lu}\\p{Ll}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}.'\\-]*){0,2}(?=,\\s+[^—–]{0,12}\\b(?:"
				+ MONTHS + ")\\b|\\s+\\())(?:,\\s+([^—–()]{3,40}?))?(?:\\s+\\([^)]{1,40}\\))?\\s+(?:—|–|-{1,2})\\s+");

	/** Who looked on rather than signed: "in the presence of Prime Minister …". */
	private static final Pattern ONLOOKERS = Pattern.compile(
			"\\b(?:in\\s+the\\s+presence\\s+of|witnessed\\s+by|attended\\s+by|as\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+looked\\s+on)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A minister named by the portfolio before the word, as wire reports write it:
	 * "Investment Minister", the post being the Minister of Investment.
	 */
	private static final Pattern PORTFOLIO_MINISTER = Pattern
		.compile("^(?!(?:Prime|Foreign|Deputy|Vice|First)\\s)(\\p{Lu}\\p{L}+)\\s+Minister$");

	/**
	 * "…, who signed for Riyadh, …": a signer of the agreement the article named last, in
	 * a sentence that does not name it again.
	 */
	private static final Pattern WHO_SIGNED_FOR = Pattern.compile("\\bwho\\s+signed\\s+(?:for|on\\s+behalf\\s+of)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "The memorandum was signed by …", "… was signed in Tokyo in March 2024 by …": the
	 * agreement the article named last.
	 */
	private static final Pattern SIGNED_BY_ANAPHOR = Pattern.compile("\\b(?:the|this|that)\\s+(?:" + NOUNS
			+ ")\\s+(?:was|were|had\\s+been|has\\s+been)\\s+signed(?:\\s+(?:in|on|at)\\s+[^,.;]{1,40}?)?\\s+by\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Where a sentence turns to what has not happened yet: a date after it is not the
	 * step's.
	 */
	private static final Pattern NOT_YET = Pattern.compile(
			"\\b(?:will|shall|would|is\\s+to|are\\s+to|expected\\s+to|due\\s+to|plans?\\s+to|set\\s+to)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Lines of a news page that are not the article's: buttons, bylines, ages of teasers.
	 * Teasers of related posts stay, since they state facts too.
	 */
	private static final Pattern FURNITURE = Pattern
		.compile("^(?:Share|Recent Posts|Related(?: Posts| Articles)?|Read more|Information sourced:.*|Published by|"
				+ "Categories:.*|.*\\bStaff|\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago|"
				+ "Advertisement\\..*)\\s*$", Pattern.MULTILINE);

	/**
	 * Where a sentence turns to a second fact: ", one of the most recent being the accord
	 * …".
	 */
	private static final Pattern CLAUSES = Pattern
		.compile(";\\s+|,\\s+(?=(?:one\\s+of|including|among\\s+them|while|whereas|as\\s+well\\s+as)\\b)");

	private final Gazetteer gazetteer;

	ArticleReader(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** The candidate facts of the article, each with the sentence that states it. */
	List<Candidate> read(String text, @Nullable LocalDate published) {
		String article = body(text);
		List<String> sentences = new ArrayList<>(sentences(article));
		ArticleDate dated = (published != null) ? new ArticleDate(published, "published " + published) : null;
		// a dateline opens the article, after its headline
		for (int i = 0; i < Math.min(3, sentences.size()); i++) {
			Matcher line = DATELINE.matcher(sentences.get(i));
			if (line.lookingAt()) {
				DateFound filed = (line.group(1) != null) ? date(line.group(1), null, 0) : null;
				if (dated == null && filed != null && filed.value() != null && filed.value().length() == 10) {
					dated = new ArticleDate(LocalDate.parse(filed.value()),
							"dated " + filed.value() + " in its dateline");
				}
				sentences.set(i, sentences.get(i).substring(line.end()));
				break;
			}
		}
		Map<String, Integer> countryMentions = new HashMap<>();
		List<List<Mention>> mentions = new ArrayList<>();
		for (String sentence : sentences) {
			List<Mention> found = this.gazetteer.mentions(sentence);
			mentions.add(found);
			found.stream()
				.filter(mention -> mention.name().kind() == Kind.COUNTRY)
				.forEach(mention -> countryMentions.merge(mention.name().reference(), 1, Integer::sum));
		}
		List<String> mainCountries = countryMentions.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(2)
			.map(Map.Entry::getKey)
			.toList();
		Candidates candidates = new Candidates();
		for (int i = 0; i < sentences.size(); i++) {
			String sentence = sentences.get(i);
			List<Mention> found = mentions.get(i);
			tenures(sentence, found, candidates);
			attendances(sentence, found, candidates);
			if (!memberships(sentence, found, dated, candidates)) {
				int offset = 0;
				for (String clause : CLAUSES.split(sentence)) {
					int at = sentence.indexOf(clause, offset);
					offset = at + clause.length();
					List<Mention> inClause = found.stream()
						.filter(mention -> mention.start() >= at && mention.end() <= at + clause.length())
						.map(mention -> new Mention(mention.name(), mention.start() - at, mention.end() - at))
						.toList();
					agreement(clause, sentence, inClause, mainCountries, dated, candidates);
				}
			}
		}
		return candidates.all();
	}

	/** The article without the page around it: recent posts, share buttons, bylines. */
	static String body(String text) {
		return FURNITURE.matcher(text).replaceAll("");
	}

	/**
	 * Sentences, split after ".", "!" or "?" before a capital, abbreviations kept whole.
	 */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
			String flat = paragraph.replaceAll("\\s+", " ").strip();
			if (flat.isEmpty()) {
				continue;
			}
			int start = 0;
			for (int i = 0; i < flat.length() - 2; i++) {
				char c = flat.charAt(i);
				if ((c == '.' || c == '!' || c == '?') && flat.charAt(i + 1) == ' '
						&& Character.isUpperCase(flat.charAt(i + 2)) && !abbreviation(flat, i)) {
					sentences.add(flat.substring(start, i + 1).strip());
					start = i + 2;
				}
			}
			sentences.add(flat.substring(start).strip());
		}
		return sentences.stream().filter(sentence -> sentence.length() > 2).toList();
	}

	private static boolean abbreviation(String text, int dot) {
		int word = dot;
		while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
			word--;
		}
		String before = text.substring(word, dot);
		return Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Prof", "No", "U.S", "U.N").contains(before)
				|| before.length() == 1 && Character.isUpperCase(before.charAt(0));
	}

	/**
	 * "Cuban Ambassador Rodolfo Reyes Rodríguez": a post, held in the country named
	 * before it.
	 */
	private void tenures(String sentence, List<Mention> found, Candidates candidates) {
		if (headline(sentence)) {
			// in "Meets with Cuban President Amid Hopes", every word looks like a name
			return;
		}
		Matcher post = POST_AND_NAME.matcher(sentence);
		while (post.find()) {
			String title = PORTFOLIO_MINISTER.matcher(post.group(1).replaceAll("\\s+", " "))
				.replaceFirst("Minister of $1");
			String name = post.group(2).strip();
			String before = sentence.substring(Math.max(0, post.start() - 40), post.start());
			Mention country = lastBefore(found, Kind.COUNTRY, post.start());
			if (country == null || post.start() - country.end() > 3 || before.isBlank()) {
				continue;
			}
			Gazetteer.Name known = this.gazetteer.person(name);
			if (known != null && known.post() != null
					&& known.post()
						.toLowerCase(Locale.ROOT)
						.contains(title.toLowerCase(Locale.ROOT).replace("foreign minister", "foreign affairs"))) {
				continue;
			}
			String postName = title + " of " + this.gazetteer.countryName(country.name().reference());
			String person = (known != null) ? known.reference()
					: candidates.person(name, sentence, postName, country.name().reference());
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("personId", person);
			input.put("post", postName);
			input.put("within", country.name().reference());
			candidates.add("recordTenure", input, sentence,
					"%s is %s".formatted(known != null ? known.text() : name, postName));
		}
	}

	/**
	 * The ceremony at which an agreement was signed, when the sentence names where it was
	 * ("at the United Nations headquarters") or calls it one; proposed once per
	 * agreement.
	 */
	private static @Nullable String ceremony(String title, String agreement, String sentence, List<Mention> found,
			@Nullable DateFound date, Candidates candidates) {
		Mention venue = found.stream().filter(mention -> mention.name().kind() == Kind.PLACE).findFirst().orElse(null);
		boolean called = sentence.toLowerCase(Locale.ROOT).contains("ceremony");
		if (venue == null && !called) {
			return candidates.ceremonyOf(agreement);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", "Signing of the " + title);
		input.put("kind", "SIGNING_CEREMONY");
		if (date != null) {
			input.put("date", date.input());
		}
		if (venue != null) {
			input.put("venueId", venue.name().reference());
		}
		return candidates.ceremony(agreement, input, sentence,
				"the signing of the %s%s".formatted(title, venue == null ? "" : " at " + venue.name().text()));
	}

	/**
	 * "The special ceremony was also attended by … Rodolfo Reyes Rodríguez": the last
	 * ceremony's.
	 */
	private static void attendances(String sentence, List<Mention> found, Candidates candidates) {
		Matcher attended = Pattern.compile("\\battended\\s+by\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
		String event = candidates.lastCeremony();
		if (!attended.find() || event == null) {
			return;
		}
		for (Mention person : found) {
			if (person.name().kind() == Kind.PERSON && person.start() > attended.start()) {
				Map<String, Object> input = new LinkedHashMap<>();
				input.put("eventId", event);
				input.put("attendee", person.name().reference());
				candidates.add("recordAttendance", input, sentence,
						"%s attended the ceremony".formatted(person.name().text()));
			}
		}
	}

	/** "Cuba has officially joined the New Development Bank." */
	private boolean memberships(String sentence, List<Mention> found, @Nullable ArticleDate dated,
			Candidates candidates) {
		Matcher joined = JOINED.matcher(sentence);
		if (!joined.find()) {
			return false;
		}
		Mention member = lastBefore(found, Kind.COUNTRY, joined.start());
		Mention organization = firstAfter(found, Kind.ORGANIZATION, joined.start());
		if (member == null) {
			return false;
		}
		String organizationId;
		String organizationName;
		if (organization != null) {
			organizationId = organization.name().reference();
			organizationName = organization.name().text();
		}
		else {
			// a body the graph does not know yet is proposed with the membership
			Matcher body = NEW_BODY.matcher(sentence).region(joined.end(), sentence.length());
			if (!body.lookingAt()) {
				return false;
			}
			organizationName = body.group(1);
			organizationId = candidates.organization(organizationName, sentence);
		}
		String lower = sentence.toLowerCase(Locale.ROOT);
		String kind = lower.contains("partner") ? "PARTNER_COUNTRY"
				: lower.contains("observer") ? "OBSERVER" : lower.contains("associate") ? "ASSOCIATE_MEMBER"
						: lower.contains("dialogue partner") ? "DIALOGUE_PARTNER" : "FULL_MEMBER";
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("member", member.name().reference());
		input.put("organizationId", organizationId);
		input.put("kind", kind);
		DateFound start = date(sentence, dated, joined.start());
		if (start != null) {
			input.put("start", start.input());
		}
		candidates.add("recordMembership", input, sentence, "%s joined %s as %s".formatted(member.name().text(),
				organizationName, kind.toLowerCase(Locale.ROOT).replace('_', ' ')));
		return true;
	}

	/** "… signed a Political Consultation Plan yesterday …" */
	private void agreement(String sentence, String whole, List<Mention> found, List<String> mainCountries,
			@Nullable ArticleDate dated, Candidates candidates) {
		Matcher onlookers = ONLOOKERS.matcher(sentence);
		int signersEnd = onlookers.find() ? onlookers.start() : sentence.length();
		List<Mention> signers = found.stream()
			.filter(mention -> mention.name().kind() == Kind.PERSON && mention.start() < signersEnd)
			.toList();
		Matcher noun = NOUN.matcher(sentence);
		if (!noun.find()) {
			Candidates.Named last = candidates.lastAgreement();
			if (last != null && WHO_SIGNED_FOR.matcher(sentence).find()) {
				signatures(last, whole, whole.substring(0, whole.indexOf(sentence) + signersEnd), signers, candidates);
			}
			return;
		}
		String title = title(sentence);
		if (title == null) {
			Candidates.Named last = candidates.lastAgreement();
			if (last != null && SIGNED_BY_ANAPHOR.matcher(sentence).find()) {
				signatures(last, whole, whole.substring(0, whole.indexOf(sentence) + signersEnd), signers, candidates);
			}
			return;
		}
		Set<String> parties = new LinkedHashSet<>();
		Matcher between = Pattern.compile("between\\s+(.+?)\\s+and\\s+(.+?)(?:\\s+to\\s|\\s+on\\s|[,.;]|$)")
			.matcher(sentence);
		if (between.find()) {
			for (Mention mention : found) {
				if (mention.start() >= between.start() && mention.end() <= between.end()
						&& mention.name().kind() != Kind.PERSON) {
					parties.add(mention.name().reference());
				}
			}
		}
		String step = step(sentence);
		if (step == null && parties.size() >= 2) {
			// "the accord between BioCubaFarma and the Skolkovo Center": reported as
			// agreed
			step = "CONCLUDED";
		}
		if (step == null) {
			return;
		}
		if (parties.size() < 2) {
			found.stream()
				.filter(mention -> mention.name().kind() == Kind.COUNTRY)
				.forEach(mention -> parties.add(mention.name().reference()));
			signers.stream()
				.map(mention -> mention.name().country())
				.filter(country -> country != null)
				.forEach(parties::add);
		}
		if (parties.size() < 2 && (TWO_NATIONS.matcher(sentence).find() || parties.isEmpty())
				&& mainCountries.size() == 2) {
			parties.addAll(mainCountries);
		}
		if (parties.size() < 2) {
			return;
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title);
		input.put("kind", kind(title, sentence));
		input.put("parties", parties.stream().map(party -> Map.of("actor", party)).toList());
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("kind", step);
		// "announced an accord that will enter into force in 2026": 2026 is not the
		// announcement's
		Matcher notYet = NOT_YET.matcher(sentence);
		String datedPart = (step.equals("ANNOUNCED") && notYet.find()) ? sentence.substring(0, notYet.start())
				: sentence;
		DateFound date = date(datedPart, dated, noun.start());
		if (date != null) {
			action.put("date", date.input());
		}
		input.put("actions", List.of(action));
		String agreement = candidates.agreement(input, whole,
				"%s %s".formatted(title, step.toLowerCase(Locale.ROOT).replace('_', ' ')), Set.copyOf(parties),
				(String) input.get("kind"));
		String ceremony = step.equals("SIGNED") ? ceremony(title, agreement, whole, found, date, candidates) : null;
		Candidates.Named named = candidates.named(agreement, title, date, ceremony);
		if (step.equals("SIGNED")) {
			signatures(named, whole, whole.substring(0, whole.indexOf(sentence) + signersEnd), signers, candidates);
		}
	}

	/**
	 * Who signed the agreement: the people the graph knows named in the sentence before
	 * those who looked on ({@code signers}), and the article's new people named in
	 * {@code signersPart}, the sentence up to there.
	 */
	private static void signatures(Candidates.Named agreement, String sentence, String signersPart,
			List<Mention> signers, Candidates candidates) {
		candidates.newPeopleIn(signersPart)
			.forEach((name, person) -> candidates.signature(
					signature(agreement, person.localId(), person.post(), person.country()), sentence,
					"%s signed %s".formatted(name, agreement.title()), agreement.id() + " " + person.localId()));
		for (Mention signer : signers) {
			Gazetteer.Name known = signer.name();
			candidates.signature(signature(agreement, known.reference(), known.post(), known.country()), sentence,
					"%s signed %s".formatted(known.text(), agreement.title()),
					agreement.id() + " " + known.reference());
		}
	}

	/**
	 * A signature's input: what the signer gives, then the agreement's date and ceremony.
	 */
	private static Map<String, Object> signature(Candidates.Named agreement, String signerId, @Nullable String post,
			@Nullable String onBehalfOf) {
		Map<String, Object> signature = new LinkedHashMap<>();
		signature.put("agreementId", agreement.id());
		signature.put("signerId", signerId);
		if (post != null) {
			signature.put("post", post);
		}
		if (onBehalfOf != null) {
			signature.put("onBehalfOf", onBehalfOf);
		}
		if (agreement.date() != null) {
			signature.put("date", agreement.date().input());
		}
		if (agreement.ceremony() != null) {
			signature.put("eventId", agreement.ceremony());
		}
		return signature;
	}

	private static @Nullable String step(String sentence) {
		if (IN_FORCE.matcher(sentence).find()) {
			return "ENTERED_INTO_FORCE";
		}
		if (RATIFIED.matcher(sentence).find()) {
			return "RATIFIED";
		}
		if (FUTURE.matcher(sentence).find()) {
			return "ANNOUNCED";
		}
		if (SIGNED.matcher(sentence).find()) {
			return "SIGNED";
		}
		return CONCLUDED.matcher(sentence).find() ? "CONCLUDED" : null;
	}

	private static @Nullable String title(String sentence) {
		Matcher titled = TITLED.matcher(sentence);
		while (titled.find()) {
			String title = titled.group(1).strip().replaceAll("\\s+(and|the)$", "").strip();
			String first = title.split("\\s+")[0];
			if (title.contains(" ") && !Set.of("The", "A", "An", "This").contains(first)) {
				return title;
			}
			if (title.contains(" ")) {
				return title.substring(first.length()).strip();
			}
		}
		Matcher described = DESCRIBED.matcher(sentence);
		if (described.find()) {
			String noun = described.group(1);
			String rest = described.group(3)
				.strip()
				.replaceAll("^the\\s+", "")
				.replaceAll("\\s+(?:yesterday|today)$", "");
			return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + described.group(2) + " " + rest;
		}
		Matcher named = NAMED_BY_SUBJECT.matcher(sentence);
		if (named.find()) {
			return Character.toUpperCase(named.group(1).charAt(0)) + named.group(1).substring(1);
		}
		return null;
	}

	private static String kind(String title, String sentence) {
		String lower = title.toLowerCase(Locale.ROOT);
		String context = sentence.toLowerCase(Locale.ROOT);
		if (lower.contains("consultation")) {
			return "CONSULTATION_PLAN";
		}
		if (lower.contains("memorand")) {
			return "MEMORANDUM";
		}
		if (lower.contains("treat") || lower.contains("convention")) {
			return "TREATY";
		}
		if (lower.contains("declaration")) {
			return "DECLARATION";
		}
		if (context
			.matches(".*\\b(trade|export|exports|import|imports|investment|tariff|sorghum|pharmaceuticals)\\b.*")) {
			return "TRADE_ACCORD";
		}
		return lower.contains("plan") || lower.contains("roadmap") ? "OTHER" : "COOPERATION_AGREEMENT";
	}

	/**
	 * The date the sentence gives, nearest to the fact's words: an absolute day, month or
	 * year as written; a relative one resolved only against a known publication date,
	 * else unknown with the phrase kept as the note.
	 */
	static @Nullable DateFound date(String sentence, @Nullable ArticleDate dated, int near) {
		Matcher day = ABSOLUTE_DAY.matcher(sentence);
		if (day.find()) {
			if (day.group(7) != null) {
				return new DateFound(day.group(7), null);
			}
			boolean dayFirst = day.group(1) != null;
			int dayOfMonth = Integer.parseInt(dayFirst ? day.group(1) : day.group(5));
			Month month = Month.valueOf((dayFirst ? day.group(2) : day.group(4)).toUpperCase(Locale.ROOT));
			int year = Integer.parseInt(dayFirst ? day.group(3) : day.group(6));
			try {
				return new DateFound(LocalDate.of(year, month, dayOfMonth).toString(), null);
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}
		Matcher month = ABSOLUTE_MONTH.matcher(sentence);
		if (month.find()) {
			return new DateFound("%s-%02d".formatted(month.group(2),
					Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue()), null);
		}
		Matcher relative = RELATIVE.matcher(sentence);
		if (relative.find()) {
			String phrase = relative.group(1);
			String resolved = (dated == null) ? null
					: resolve(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), dated.day());
			String note = "\"%s\" in an article %s".formatted(phrase,
					(dated == null) ? "with no publication date" : dated.said());
			return (resolved != null) ? new DateFound(resolved, note) : new DateFound(null, note + "; not resolved");
		}
		Matcher year = ABSOLUTE_YEAR.matcher(sentence);
		return year.find() ? new DateFound(year.group(1), null) : null;
	}

	/**
	 * The day, month or year a relative phrase stands for, as precise as the phrase:
	 * "last year" is a year, never a day of it.
	 */
	private static @Nullable String resolve(String phrase, LocalDate published) {
		switch (phrase) {
			case "yesterday":
				return published.minusDays(1).toString();
			case "today":
				return published.toString();
			case "this month", "earlier this month":
				return published.toString().substring(0, 7);
			case "last month":
				return published.minusMonths(1).toString().substring(0, 7);
			case "this year", "earlier this year":
				return String.valueOf(published.getYear());
			case "last year":
				return String.valueOf(published.getYear() - 1);
			default:
				break;
		}
		if (phrase.startsWith("on ")) {
			String dayName = phrase.substring(3);
			for (DayOfWeek day : DayOfWeek.values()) {
				if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(dayName)) {
					LocalDate date = published.minusDays(1);
					while (date.getDayOfWeek() != day) {
						date = date.minusDays(1);
					}
					return date.toString();
				}
			}
		}
		if (phrase.endsWith("days ago") || phrase.endsWith("weeks ago")) {
			String count = phrase.split("\\s+")[0];
			int n = switch (count) {
				case "two" -> 2;
				case "three" -> 3;
				default -> Integer.parseInt(count);
			};
			return (phrase.endsWith("days ago") ? published.minusDays(n) : published.minusWeeks(n)).toString();
		}
		// "last week", "this week": a period the day of which the text does not say
		return null;
	}

	/** A line in title case without a full stop, as headlines are written. */
	static boolean headline(String sentence) {
		String[] words = sentence.split("\\s+");
		long capitalised = java.util.Arrays.stream(words)
			.filter(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)))
			.count();
		// a headline has no full stop; a sentence full of names does
		return !sentence.endsWith(".") && words.length >= 4 && capitalised * 10 >= words.length * 7;
	}

	private static @Nullable Mention lastBefore(List<Mention> mentions, Kind kind, int position) {
		return mentions.stream()
			.filter(mention -> mention.name().kind() == kind && mention.end() <= position)
			.max(Comparator.comparingInt(Mention::end))
			.orElse(null);
	}

	private static @Nullable Mention firstAfter(List<Mention> mentions, Kind kind, int position) {
		return mentions.stream()
			.filter(mention -> mention.name().kind() == kind && mention.start() >= position)
			.min(Comparator.comparingInt(Mention::start))
			.orElse(null);
	}

	/**
	 * The day an article was published or, when the source does not say, filed on as its
	 * dateline gives it: what relative dates are read against.
	 */
	record ArticleDate(LocalDate day, String said) {
	}

	/** A date as {@code FuzzyDateInput} takes it. */
	record DateFound(@Nullable String value, @Nullable String note) {

		Map<String, Object> input() {
			Map<String, Object> input = new LinkedHashMap<>();
			if (this.value != null) {
				input.put("value", this.value);
			}
			if (this.note != null) {
				input.put("note", this.note);
			}
			return input;
		}

	}

	/**
	 * A person the article names whom the graph does not know yet, with the post it
	 * gives.
	 */
	record NewPerson(String localId, String post, String country) {
	}

	/** The candidates found so far; a new person is proposed once per article. */
	static final class Candidates {

		private final List<Candidate> all = new ArrayList<>();

		private final Map<String, NewPerson> people = new LinkedHashMap<>();

		private final Map<String, String> organizations = new LinkedHashMap<>();

		private final Map<String, String> agreements = new HashMap<>();

		private final Map<String, String> ceremonies = new HashMap<>();

		private @Nullable String lastCeremony;

		private final Set<String> signatures = new LinkedHashSet<>();

		private @Nullable Named lastAgreement;

		/** An agreement proposed, as a later sentence may refer back to it. */
		record Named(String id, String title, @Nullable DateFound date, @Nullable String ceremony) {
		}

		/** Adds a candidate; its local id, by which later candidates refer to it. */
		String add(String record, Map<String, Object> input, String sentence, String summary) {
			String id = "@" + (this.all.size() + 1);
			this.all.add(new Candidate(id, record, input, sentence, summary));
			return id;
		}

		/**
		 * An agreement, unless the article already named one of this kind between these
		 * parties ("The Consultation Plan was signed by …" after "… signed a Political
		 * Consultation Plan …"): then the first.
		 */
		String agreement(Map<String, Object> input, String sentence, String summary, Set<String> parties, String kind) {
			String key = kind + " " + new java.util.TreeSet<>(parties);
			String known = this.agreements.get(key);
			if (known != null) {
				return known;
			}
			String id = add("createAgreement", input, sentence, summary);
			this.agreements.put(key, id);
			return id;
		}

		/**
		 * The signing ceremony of an agreement, proposed once; a later mention adds a
		 * venue.
		 */
		String ceremony(String agreement, Map<String, Object> input, String sentence, String summary) {
			String known = this.ceremonies.get(agreement);
			if (known != null) {
				return known;
			}
			String id = add("createEvent", input, sentence, summary);
			this.ceremonies.put(agreement, id);
			this.lastCeremony = id;
			return id;
		}

		/** The agreement a sentence proposed, now the one "the memorandum" refers to. */
		Named named(String id, String title, @Nullable DateFound date, @Nullable String ceremony) {
			this.lastAgreement = new Named(id, title, date, ceremony);
			return this.lastAgreement;
		}

		@Nullable Named lastAgreement() {
			return this.lastAgreement;
		}

		@Nullable String ceremonyOf(String agreement) {
			return this.ceremonies.get(agreement);
		}

		@Nullable String lastCeremony() {
			return this.lastCeremony;
		}

		/** A signature, once per agreement and signer. */
		void signature(Map<String, Object> input, String sentence, String summary, String key) {
			if (this.signatures.add(key)) {
				add("recordSignature", input, sentence, summary);
			}
		}

		/** An organisation the graph does not know, proposed once per article. */
		String organization(String name, String sentence) {
			return this.organizations.computeIfAbsent(name,
					(key) -> add("createOrganization", Map.of("name", name, "kind", "INTERNATIONAL_ORGANIZATION"),
							sentence, name + " (a new organisation)"));
		}

		String person(String name, String sentence, String post, String country) {
			return this.people
				.computeIfAbsent(name,
						(key) -> new NewPerson(
								add("createPerson", Map.of("name", name), sentence, name + " (a new person)"), post,
								country))
				.localId();
		}

		/** The new people of the article named in this sentence. */
		Map<String, NewPerson> newPeopleIn(String sentence) {
			Map<String, NewPerson> named = new LinkedHashMap<>();
			this.people.forEach((name, person) -> {
				if (sentence.contains(name)) {
					named.put(name, person);
				}
			});
			return named;
		}

		List<Candidate> all() {
			return List.copyOf(this.all);
		}

	}

}

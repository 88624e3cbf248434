package org.treatygraph.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How an import went so far: lines read, what each did, and why each refused line was
 * refused, by line number.
 *
 * @param created lines that wrote a new node or fact
 * @param found lines whose entity was recorded already (the same name, title or URL), or
 * whose fact another source had stated, which added only citations (or a claim), and
 * lines that add passages to a fact or rank its claims
 * @param skipped lines whose fact was recorded already, which wrote nothing
 * @param refused lines refused; nothing of them was written
 * @param rejected the first {@value #MAX_LISTED} refused lines, each with its reasons
 * @param lines lines read, blank ones included
 * @param ended whether the last line read (blank ones aside) is an {@link EndLine} that
 * counts the lines before it right: an export read whole
 */
public record ImportReport(long lines, long created, long found, long skipped, long refused, List<Rejected> rejected,
		boolean ended, long startedNanos, boolean done) {

	static final int MAX_LISTED = 1000;

	static ImportReport start() {
		return new ImportReport(0, 0, 0, 0, 0, List.of(), false, System.nanoTime(), false);
	}

	ImportReport read(long line) {
		return new ImportReport(Math.max(this.lines, line), this.created, this.found, this.skipped, this.refused,
				this.rejected, this.ended, this.startedNanos, false);
	}

	ImportReport with(Outcome outcome) {
		List<Rejected> listed = this.rejected;
		if (outcome.rejected() != null && this.rejected.size() < MAX_LISTED) {
			listed = new ArrayList<>(this.rejected);
			listed.add(outcome.rejected());
		}
		return new ImportReport(Math.max(this.lines, outcome.line()), this.created + (outcome.created() ? 1 : 0),
				this.found + (outcome.found() ? 1 : 0), this.skipped + (outcome.skipped() ? 1 : 0),
				this.refused + (outcome.rejected() != null ? 1 : 0), listed,
				outcome.end() || (outcome.blank() && this.ended), this.startedNanos, false);
	}

	ImportReport finished() {
		return new ImportReport(this.lines, this.created, this.found, this.skipped, this.refused, this.rejected,
				this.ended, this.startedNanos, true);
	}

	/** Lines read per second so far. */
	public double linesPerSecond() {
		double seconds = seconds();
		return seconds <= 0 ? 0 : this.lines / seconds;
	}

	public double seconds() {
		return (System.nanoTime() - this.startedNanos) / 1e9;
	}

	/**
	 * Why a file of lines read whole may still not be whole: it lacks the end line every
	 * export closes with. Files written by hand or by exports before the end line have
	 * none, so it is a warning, not a refusal.
	 */
	public @Nullable String warning() {
		return (this.done && !this.ended)
				? "the file does not end with an end line ({\"record\": \"end\", \"lines\": N}), as every export does: if it is an export, it was cut short"
				: null;
	}

	/** The report of a file of lines, with the {@link #warning()} if there is one. */
	public Map<String, Object> summaryOfLines() {
		Map<String, Object> summary = summary();
		String warning = warning();
		if (warning != null) {
			summary.put("warning", warning);
		}
		return summary;
	}

	/** The report as the HTTP answer and the command line show it. */
	public Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("done", this.done);
		summary.put("lines", this.lines);
		summary.put("created", this.created);
		summary.put("found", this.found);
		summary.put("skipped", this.skipped);
		summary.put("refused", this.refused);
		summary.put("seconds", Math.round(seconds() * 10) / 10.0);
		summary.put("linesPerSecond", Math.round(linesPerSecond()));
		if (this.done) {
			summary.put("ended", this.ended);
			summary.put("rejected", this.rejected);
		}
		return summary;
	}

	/** A refused line and why. */
	public record Rejected(int line, List<String> reasons) {
	}

	/**
	 * What one line did.
	 *
	 * @param end an end line that counts the lines before it right
	 */
	record Outcome(int line, boolean created, boolean found, boolean skipped, boolean end,
			@Nullable Rejected rejected) {

		static Outcome blank(int line) {
			return new Outcome(line, false, false, false, false, null);
		}

		static Outcome created(int line) {
			return new Outcome(line, true, false, false, false, null);
		}

		static Outcome found(int line) {
			return new Outcome(line, false, true, false, false, null);
		}

		static Outcome skipped(int line) {
			return new Outcome(line, false, false, true, false, null);
		}

		static Outcome ended(int line) {
			return new Outcome(line, false, false, false, true, null);
		}

		static Outcome rejected(int line, List<String> reasons) {
			return new Outcome(line, false, false, false, false, new Rejected(line, reasons));
		}

		boolean blank() {
			return !this.created && !this.found && !this.skipped && !this.end && this.rejected == null;
		}

	}

}

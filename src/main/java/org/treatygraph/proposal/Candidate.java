package org.treatygraph.proposal;

import java.util.Map;

/**
 * A fact an article seems to state, as the input of the mutation that would record it.
 *
 * @param localId how other candidates of the same reading refer to it, such as {@code @1}
 * @param record the mutation, such as {@code createAgreement}
 * @param sentence the sentence that states it, which becomes its citation's quote
 * @param summary the fact in words, for the curator's review
 */
record Candidate(String localId, String record, Map<String, Object> input, String sentence, String summary) {
}

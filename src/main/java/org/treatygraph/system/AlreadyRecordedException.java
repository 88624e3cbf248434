package org.treatygraph.system;

/**
 * The fact sent is recorded already, such as a party added twice: nothing was written,
 * and the error says so in {@code extensions.reason} ({@code ALREADY_RECORDED}), with the
 * id of what is recorded in {@code extensions.recordedId}, so a script or an import
 * re-running the same input can tell it from a mistake and refer to what it meant to
 * write.
 * <p>
 * It is thrown only by a check before the mutation writes anything, so the transactions
 * it passes through need not roll back ({@code noRollbackFor}): a batch of an import's
 * lines that runs into a fact recorded already goes on with its next line.
 */
public class AlreadyRecordedException extends InvalidArgumentException {

	private final String recordedId;

	public AlreadyRecordedException(String argument, String reason, String recordedId) {
		super(argument, reason);
		this.recordedId = recordedId;
	}

	/** The global id of the node that records the fact. */
	public String recordedId() {
		return this.recordedId;
	}

}

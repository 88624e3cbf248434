package org.treatygraph.agreement;

/** How many agreements share a kind and a status. */
record AgreementTally(String kind, String status, int count) {
}

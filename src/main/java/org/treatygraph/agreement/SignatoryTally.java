package org.treatygraph.agreement;

/** A person, by key, and how many agreements they signed. */
record SignatoryTally(String personKey, int signatures) {
}

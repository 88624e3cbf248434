/**
 * Summits, fairs, ceremonies and meetings: who organised and attended them, and where.
 * Uses what {@code person} uses, and {@code place}, {@code relation} and {@code person}.
 */
@NullMarked
package org.treatygraph.event;

import org.jspecify.annotations.NullMarked;

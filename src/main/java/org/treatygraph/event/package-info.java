/** Summits, fairs, ceremonies and meetings, and who attended them. */
@NullMarked
package org.treatygraph.event;

import org.jspecify.annotations.NullMarked;

/**
 * One search box over people, organisations, countries, places, agreements, events and
 * sources.
 */
@NullMarked
package org.treatygraph.search;

import org.jspecify.annotations.NullMarked;

/**
 * Countries of ISO 3166-1, looked up by code or name, and the actor references features
 * accept. Uses {@code system}, {@code node}, {@code search} and {@code identifier}.
 */
@NullMarked
package org.treatygraph.country;

import org.jspecify.annotations.NullMarked;
